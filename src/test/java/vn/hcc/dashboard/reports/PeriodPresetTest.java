package vn.hcc.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The presets counted from a day in the second month of a quarter, across a year boundary, and custom ranges. */
class PeriodPresetTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 2, 14);

    @Test
    void rangesFromToday() {
        assertThat(PeriodPreset.THIS_MONTH.range(TODAY)).containsExactly(d(2025, 2, 1), d(2025, 2, 28));
        assertThat(PeriodPreset.LAST_MONTH.range(TODAY)).containsExactly(d(2025, 1, 1), d(2025, 1, 31));
        assertThat(PeriodPreset.THIS_QUARTER.range(TODAY)).containsExactly(d(2025, 1, 1), d(2025, 3, 31));
        assertThat(PeriodPreset.LAST_QUARTER.range(TODAY)).containsExactly(d(2024, 10, 1), d(2024, 12, 31));
        assertThat(PeriodPreset.THIS_YEAR.range(TODAY)).containsExactly(d(2025, 1, 1), d(2025, 12, 31));
        assertThat(PeriodPreset.LAST_YEAR.range(TODAY)).containsExactly(d(2024, 1, 1), d(2024, 12, 31));
        assertThat(PeriodPreset.CUSTOM.range(TODAY)).isNull();
        assertThat(PeriodPreset.LAST_MONTH.range(d(2025, 1, 31))).containsExactly(d(2024, 12, 1), d(2024, 12, 31));
        assertThat(PeriodPreset.THIS_QUARTER.range(d(2025, 12, 31))).containsExactly(d(2025, 10, 1),
                d(2025, 12, 31));
    }

    @Test
    void typedDatesMatchAPresetOrAreCustom() {
        assertThat(PeriodPreset.matching(d(2024, 10, 1), d(2024, 12, 31), TODAY)).isEqualTo(PeriodPreset.LAST_QUARTER);
        // seed 004's 24th-to-23rd month and seed 000's 15/12–31/10 are custom ranges
        assertThat(PeriodPreset.matching(d(2024, 8, 24), d(2024, 9, 23), TODAY)).isEqualTo(PeriodPreset.CUSTOM);
        assertThat(PeriodPreset.matching(d(2023, 12, 15), d(2024, 10, 31), TODAY)).isEqualTo(PeriodPreset.CUSTOM);
    }

    @Test
    void fileNamesCarryThePeriod() {
        assertThat(ReportKind.BIEU_06A.fileName(d(2024, 12, 15), d(2024, 10, 31)))
                .isEqualTo("BieuII06a_2024-12-15_2024-10-31.xlsx");
        assertThat(ReportKind.DOSSIER_LIST.fileName(d(2024, 8, 24), d(2024, 9, 23)))
                .isEqualTo("DanhSachHoSo_2024-08-24_2024-09-23.xlsx");
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
