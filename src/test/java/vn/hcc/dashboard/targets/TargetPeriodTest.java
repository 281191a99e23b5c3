package vn.hcc.dashboard.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.base.Period;

/** A target entered as a year, quarter or month is that calendar period, and a stored range is recognised again. */
class TargetPeriodTest {

    @Test
    void yearsQuartersAndMonthsAreTheirCalendarPeriods() {
        assertThat(TargetPeriod.YEAR.period(2025, 1)).isEqualTo(Period.of(LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31)));
        assertThat(TargetPeriod.QUARTER.period(2025, 2)).isEqualTo(Period.of(LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 6, 30)));
        assertThat(TargetPeriod.MONTH.period(2024, 2)).isEqualTo(Period.of(LocalDate.of(2024, 2, 1),
                LocalDate.of(2024, 2, 29)));
        assertThatThrownBy(() -> TargetPeriod.RANGE.period(2025, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStoredRangeIsShownAsWhatItIs() {
        for (TargetPeriod kind : new TargetPeriod[] {TargetPeriod.YEAR, TargetPeriod.QUARTER, TargetPeriod.MONTH}) {
            Period p = kind.period(2025, kind == TargetPeriod.YEAR ? 1 : 3);
            assertThat(TargetPeriod.of(p)).isEqualTo(kind);
        }
        assertThat(TargetPeriod.of(Period.of(LocalDate.of(2024, 12, 15), LocalDate.of(2025, 12, 14))))
                .isEqualTo(TargetPeriod.RANGE);
    }
}
