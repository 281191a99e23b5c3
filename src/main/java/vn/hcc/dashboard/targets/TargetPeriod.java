package vn.hcc.dashboard.targets;

import java.time.LocalDate;
import java.time.YearMonth;
import vn.hcc.dashboard.base.Period;

/** How a target's range is entered and shown: a year, a quarter, a month, or any other range of days. */
public enum TargetPeriod {
    YEAR, QUARTER, MONTH, RANGE;

    /** The year, quarter ({@code number} 1–4) or month (1–12), by {@link Period}'s own calendar arithmetic. */
    public Period period(int year, int number) {
        return switch (this) {
            case YEAR -> Period.calendarYear(year);
            case QUARTER -> Period.quarterOf(LocalDate.of(year, 3 * (number - 1) + 1, 1));
            case MONTH -> Period.month(YearMonth.of(year, number));
            case RANGE -> throw new IllegalStateException("a range has no number");
        };
    }

    /** Which kind a stored range is, so that the grid says "Quý 2/2025" rather than two dates. */
    public static TargetPeriod of(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        if (from.getYear() == to.getYear() && from.getDayOfMonth() == 1
                && to.equals(YearMonth.from(to).atEndOfMonth())) {
            int months = to.getMonthValue() - from.getMonthValue() + 1;
            if (months == 12) {
                return YEAR;
            }
            if (months == 3 && from.getMonthValue() % 3 == 1) {
                return QUARTER;
            }
            if (months == 1) {
                return MONTH;
            }
        }
        return RANGE;
    }
}
