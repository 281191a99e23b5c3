package vn.hcc.dashboard.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The period picker's choices. Each runs from its start up to today (not to its end): the figures describe the
 * state at the period's last day, and a future day would count dossiers that are not overdue yet as overdue.
 */
public enum DashboardPeriod {
    TODAY, WEEK, MONTH, QUARTER, YEAR, CUSTOM;

    public record Range(LocalDate from, LocalDate to) {

        public long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }

        /** The period of equal length just before this one, for the cards' "change against the previous period". */
        public Range previous() {
            return new Range(from.minusDays(days()), from.minusDays(1));
        }
    }

    public Range range(LocalDate today) {
        return switch (this) {
            case TODAY -> new Range(today, today);
            case WEEK -> new Range(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            case MONTH -> new Range(today.withDayOfMonth(1), today);
            case QUARTER -> new Range(today.with(IsoFields.DAY_OF_QUARTER, 1), today);
            case YEAR, CUSTOM -> new Range(today.withDayOfYear(1), today);
        };
    }
}
