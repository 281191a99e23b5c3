package vn.hcc.dashboard.base;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The periods the dashboard, the reports and the targets offer, counted from today. A current period runs from its
 * start up to today, never to its end: figures describe the state at the period's last day, and a day still to come
 * would count every pending dossier as overdue. Each preset also names the period it is compared with: the same
 * days of the previous month, quarter or year. {@link #CUSTOM} keeps any range (reports of 24/08–23/09 exist).
 * Labels: translation keys {@code period.preset.<NAME>}.
 */
public enum PeriodPreset {
    TODAY, THIS_WEEK, THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, LAST_YEAR,
    SAME_PERIOD_LAST_YEAR, THIS_REPORTING_YEAR, LAST_REPORTING_YEAR, THIS_REPORTING_QUARTER,
    LAST_REPORTING_QUARTER, CUSTOM;

    /** The preset's period on {@code today}, never ending after it; {@code null} for {@link #CUSTOM}. */
    public Period period(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        Period quarter = Period.quarterOf(today);
        Period reportingQuarter = Period.reportingQuarterOf(today);
        int reportingYear = Period.reportingYearOf(today);
        Period p = switch (this) {
            case TODAY -> Period.day(today);
            case THIS_WEEK -> Period.of(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            case THIS_MONTH -> Period.month(month);
            case LAST_MONTH -> Period.month(month.minusMonths(1));
            case THIS_QUARTER -> quarter;
            case LAST_QUARTER -> Period.quarterOf(quarter.from().minusDays(1));
            case THIS_YEAR -> Period.calendarYear(today.getYear());
            case LAST_YEAR -> Period.calendarYear(today.getYear() - 1);
            case SAME_PERIOD_LAST_YEAR -> Period.of(today.withDayOfYear(1), today).sameLastYear();
            case THIS_REPORTING_YEAR -> Period.reportingYear(reportingYear);
            case LAST_REPORTING_YEAR -> Period.reportingYear(reportingYear - 1);
            case THIS_REPORTING_QUARTER -> reportingQuarter;
            case LAST_REPORTING_QUARTER -> Period.reportingQuarterOf(reportingQuarter.from().minusDays(1));
            case CUSTOM -> null;
        };
        return p == null ? null : p.endingBy(today);
    }

    /** The period {@code shown} (this preset's, or any range for {@link #CUSTOM}) is compared with. */
    public Period compared(Period shown) {
        return switch (this) {
            case TODAY -> Period.day(shown.from().minusDays(1));
            case THIS_WEEK -> Period.of(shown.from().minusDays(7), shown.to().minusDays(7));
            case THIS_MONTH, LAST_MONTH -> shown.minusMonths(1);
            case THIS_QUARTER, LAST_QUARTER, THIS_REPORTING_QUARTER, LAST_REPORTING_QUARTER -> shown.minusMonths(3);
            case THIS_YEAR, LAST_YEAR, SAME_PERIOD_LAST_YEAR, THIS_REPORTING_YEAR, LAST_REPORTING_YEAR ->
                shown.sameLastYear();
            case CUSTOM -> shown.previous();
        };
    }

    /** The first preset whose period on {@code today} is exactly {@code period}, else {@link #CUSTOM}. */
    public static PeriodPreset matching(Period period, LocalDate today) {
        for (PeriodPreset p : values()) {
            if (p != CUSTOM && period.equals(p.period(today))) {
                return p;
            }
        }
        return CUSTOM;
    }
}
