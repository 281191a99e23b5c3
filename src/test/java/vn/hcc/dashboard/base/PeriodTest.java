package vn.hcc.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The period arithmetic, with hand-worked dates: calendar and reporting periods, comparisons, cuts at today. */
class PeriodTest {

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    static Period p(LocalDate from, LocalDate to) {
        return Period.of(from, to);
    }

    @Test
    void aPeriodHasBothDaysInOrder() {
        assertThatThrownBy(() -> Period.of(d(2024, 9, 23), d(2024, 8, 24))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.of(null, d(2024, 8, 24))).isInstanceOf(IllegalArgumentException.class);
        assertThat(p(d(2024, 8, 24), d(2024, 9, 23)).days()).isEqualTo(31);
        assertThat(Period.day(d(2024, 2, 29)).days()).isEqualTo(1);
    }

    @Test
    void theReportingYearRunsFromTheFifteenthOfDecember() {
        // seed 000 reports 15/12/2023–31/10/2024: reporting year 2024, cut at the report's day
        assertThat(Period.reportingYear(2024)).isEqualTo(p(d(2023, 12, 15), d(2024, 12, 14)));
        assertThat(Period.reportingYearOf(d(2023, 12, 15))).isEqualTo(2024);
        assertThat(Period.reportingYearOf(d(2023, 12, 14))).isEqualTo(2023);
        assertThat(Period.reportingYearOf(d(2024, 10, 31))).isEqualTo(2024);
        assertThat(Period.reportingQuarterOf(d(2024, 1, 10))).isEqualTo(p(d(2023, 12, 15), d(2024, 3, 14)));
        assertThat(Period.reportingQuarterOf(d(2024, 3, 15))).isEqualTo(p(d(2024, 3, 15), d(2024, 6, 14)));
        assertThat(Period.reportingQuarterOf(d(2024, 9, 14))).isEqualTo(p(d(2024, 6, 15), d(2024, 9, 14)));
        assertThat(Period.reportingQuarterOf(d(2024, 12, 14))).isEqualTo(p(d(2024, 9, 15), d(2024, 12, 14)));
        assertThat(Period.reportingQuarterOf(d(2024, 12, 20))).isEqualTo(p(d(2024, 12, 15), d(2025, 3, 14)));
    }

    @Test
    void aPeriodNeverEndsAfterToday() {
        LocalDate today = d(2026, 12, 3);
        assertThat(Period.month(YearMonth.of(2026, 12)).endingBy(today)).isEqualTo(p(d(2026, 12, 1), today));
        assertThat(Period.month(YearMonth.of(2026, 11)).endingBy(today)).isEqualTo(Period.month(YearMonth.of(2026, 11)));
        assertThat(p(d(2026, 12, 10), d(2026, 12, 20)).endingBy(today)).isEqualTo(Period.day(today));
    }

    @Test
    void comparisonsTakeTheSameDaysOfAnEarlierPeriod() {
        assertThat(p(d(2026, 12, 1), d(2026, 12, 3)).minusMonths(1)).isEqualTo(p(d(2026, 11, 1), d(2026, 11, 3)));
        assertThat(p(d(2026, 11, 1), d(2026, 11, 30)).minusMonths(1)).isEqualTo(p(d(2026, 10, 1), d(2026, 10, 31)));
        assertThat(p(d(2024, 3, 1), d(2024, 3, 31)).minusMonths(1)).isEqualTo(p(d(2024, 2, 1), d(2024, 2, 29)));
        assertThat(p(d(2026, 10, 1), d(2026, 12, 3)).minusMonths(3)).isEqualTo(p(d(2026, 7, 1), d(2026, 9, 3)));
        assertThat(p(d(2025, 12, 15), d(2026, 12, 3)).sameLastYear()).isEqualTo(p(d(2024, 12, 15), d(2025, 12, 3)));
        assertThat(p(d(2024, 8, 24), d(2024, 9, 23)).previous()).isEqualTo(p(d(2024, 7, 24), d(2024, 8, 23)));
    }

    @Test
    void monthsAndTheTrailingYear() {
        assertThat(p(d(2024, 12, 15), d(2025, 2, 10)).months()).containsExactly(p(d(2024, 12, 15), d(2024, 12, 31)),
                p(d(2025, 1, 1), d(2025, 1, 31)), p(d(2025, 2, 1), d(2025, 2, 10)));
        assertThat(p(d(2026, 12, 1), d(2026, 12, 3)).trailingMonths(12)).isEqualTo(p(d(2026, 1, 1), d(2026, 12, 3)));
        assertThat(p(d(2026, 12, 1), d(2026, 12, 3)).trailingMonths(12).months()).hasSize(12);
    }

    @Test
    void formattedAsVietnameseReportsWriteIt() {
        assertThat(p(d(2026, 11, 1), d(2026, 11, 3)).formatted()).isEqualTo("01–03/11/2026");
        assertThat(p(d(2026, 10, 1), d(2026, 12, 3)).formatted()).isEqualTo("01/10–03/12/2026");
        assertThat(p(d(2025, 12, 15), d(2026, 12, 3)).formatted()).isEqualTo("15/12/2025–03/12/2026");
        assertThat(Period.day(d(2026, 12, 3)).formatted()).isEqualTo("03/12/2026");
    }
}
