package vn.hcc.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.base.PeriodTest.d;
import static vn.hcc.dashboard.base.PeriodTest.p;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The presets of the dashboard, the reports and the targets, on Thursday 03/12/2026 and on a few edge days. */
class PeriodPresetTest {

    static final LocalDate TODAY = d(2026, 12, 3);

    @Test
    void currentPeriodsRunUpToToday() {
        assertThat(PeriodPreset.TODAY.period(TODAY)).isEqualTo(Period.day(TODAY));
        assertThat(PeriodPreset.THIS_WEEK.period(TODAY)).isEqualTo(p(d(2026, 11, 30), TODAY));
        assertThat(PeriodPreset.THIS_MONTH.period(TODAY)).isEqualTo(p(d(2026, 12, 1), TODAY));
        assertThat(PeriodPreset.THIS_QUARTER.period(TODAY)).isEqualTo(p(d(2026, 10, 1), TODAY));
        assertThat(PeriodPreset.THIS_YEAR.period(TODAY)).isEqualTo(p(d(2026, 1, 1), TODAY));
        assertThat(PeriodPreset.THIS_REPORTING_YEAR.period(TODAY)).isEqualTo(p(d(2025, 12, 15), TODAY));
        assertThat(PeriodPreset.THIS_REPORTING_QUARTER.period(TODAY)).isEqualTo(p(d(2026, 9, 15), TODAY));
        assertThat(PeriodPreset.CUSTOM.period(TODAY)).isNull();
        for (PeriodPreset preset : PeriodPreset.values()) {
            if (preset != PeriodPreset.CUSTOM) {
                assertThat(preset.period(TODAY).to()).as(preset.name()).isBeforeOrEqualTo(TODAY);
            }
        }
    }

    @Test
    void pastPeriodsAreWhole() {
        assertThat(PeriodPreset.LAST_MONTH.period(TODAY)).isEqualTo(p(d(2026, 11, 1), d(2026, 11, 30)));
        assertThat(PeriodPreset.LAST_QUARTER.period(TODAY)).isEqualTo(p(d(2026, 7, 1), d(2026, 9, 30)));
        assertThat(PeriodPreset.LAST_YEAR.period(TODAY)).isEqualTo(p(d(2025, 1, 1), d(2025, 12, 31)));
        assertThat(PeriodPreset.SAME_PERIOD_LAST_YEAR.period(TODAY)).isEqualTo(p(d(2025, 1, 1), d(2025, 12, 3)));
        assertThat(PeriodPreset.LAST_REPORTING_YEAR.period(TODAY)).isEqualTo(p(d(2024, 12, 15), d(2025, 12, 14)));
        assertThat(PeriodPreset.LAST_REPORTING_QUARTER.period(TODAY)).isEqualTo(p(d(2026, 6, 15), d(2026, 9, 14)));
        assertThat(PeriodPreset.LAST_MONTH.period(d(2025, 1, 31))).isEqualTo(p(d(2024, 12, 1), d(2024, 12, 31)));
        // on 20/12 the new reporting year has begun
        assertThat(PeriodPreset.THIS_REPORTING_YEAR.period(d(2026, 12, 20))).isEqualTo(p(d(2026, 12, 15),
                d(2026, 12, 20)));
        assertThat(PeriodPreset.LAST_REPORTING_YEAR.period(d(2026, 12, 20))).isEqualTo(Period.reportingYear(2026));
    }

    @Test
    void eachPresetIsComparedWithTheSameDaysBefore() {
        Period month = PeriodPreset.THIS_MONTH.period(TODAY);
        assertThat(PeriodPreset.THIS_MONTH.compared(month)).isEqualTo(p(d(2026, 11, 1), d(2026, 11, 3)));
        assertThat(PeriodPreset.TODAY.compared(Period.day(TODAY))).isEqualTo(Period.day(d(2026, 12, 2)));
        assertThat(PeriodPreset.THIS_WEEK.compared(PeriodPreset.THIS_WEEK.period(TODAY)))
                .isEqualTo(p(d(2026, 11, 23), d(2026, 11, 26)));
        assertThat(PeriodPreset.THIS_QUARTER.compared(PeriodPreset.THIS_QUARTER.period(TODAY)))
                .isEqualTo(p(d(2026, 7, 1), d(2026, 9, 3)));
        assertThat(PeriodPreset.THIS_YEAR.compared(PeriodPreset.THIS_YEAR.period(TODAY)))
                .isEqualTo(p(d(2025, 1, 1), d(2025, 12, 3)));
        assertThat(PeriodPreset.LAST_MONTH.compared(PeriodPreset.LAST_MONTH.period(TODAY)))
                .isEqualTo(p(d(2026, 10, 1), d(2026, 10, 31)));
        assertThat(PeriodPreset.THIS_REPORTING_YEAR.compared(PeriodPreset.THIS_REPORTING_YEAR.period(TODAY)))
                .isEqualTo(p(d(2024, 12, 15), d(2025, 12, 3)));
        assertThat(PeriodPreset.CUSTOM.compared(p(d(2024, 8, 24), d(2024, 9, 23))))
                .isEqualTo(p(d(2024, 7, 24), d(2024, 8, 23)));
    }

    @Test
    void aRangeIsNamedByItsPresetOrIsCustom() {
        assertThat(PeriodPreset.matching(p(d(2026, 7, 1), d(2026, 9, 30)), TODAY)).isEqualTo(PeriodPreset.LAST_QUARTER);
        assertThat(PeriodPreset.matching(p(d(2025, 12, 15), TODAY), TODAY))
                .isEqualTo(PeriodPreset.THIS_REPORTING_YEAR);
        assertThat(PeriodPreset.matching(p(d(2024, 8, 24), d(2024, 9, 23)), TODAY)).isEqualTo(PeriodPreset.CUSTOM);
    }
}
