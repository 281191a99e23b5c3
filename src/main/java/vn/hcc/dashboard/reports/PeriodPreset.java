package vn.hcc.dashboard.reports;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The periods leadership reports on most, counted from today; {@link #CUSTOM} keeps any range, because seed 004
 * reports 24/08–23/09 and seed 000 15/12–31/10.
 */
public enum PeriodPreset {
    THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, LAST_YEAR, CUSTOM;

    /** [from, to] of the preset; {@code null} for {@link #CUSTOM}. */
    public LocalDate[] range(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        LocalDate quarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return switch (this) {
            case THIS_MONTH -> of(month.atDay(1), month.atEndOfMonth());
            case LAST_MONTH -> of(month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth());
            case THIS_QUARTER -> of(quarter, quarter.plusMonths(3).minusDays(1));
            case LAST_QUARTER -> of(quarter.minusMonths(3), quarter.minusDays(1));
            case THIS_YEAR -> of(today.withDayOfYear(1), LocalDate.of(today.getYear(), 12, 31));
            case LAST_YEAR -> of(LocalDate.of(today.getYear() - 1, 1, 1), LocalDate.of(today.getYear() - 1, 12, 31));
            case CUSTOM -> null;
        };
    }

    /** The preset whose range is exactly [from, to] today, else {@link #CUSTOM}. */
    public static PeriodPreset matching(LocalDate from, LocalDate to, LocalDate today) {
        for (PeriodPreset p : values()) {
            LocalDate[] r = p.range(today);
            if (r != null && r[0].equals(from) && r[1].equals(to)) {
                return p;
            }
        }
        return CUSTOM;
    }

    private static LocalDate[] of(LocalDate from, LocalDate to) {
        return new LocalDate[] {from, to};
    }
}
