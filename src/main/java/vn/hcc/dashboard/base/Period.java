package vn.hcc.dashboard.base;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A reporting period: every day from {@code from} to {@code to}, both included, validated once here. The figures of
 * a period describe the state at its last day, so a period used for figures never ends after today
 * ({@link #endingBy}); the official reporting year runs from 15/12 of the previous year to 14/12, and its quarters and
 * months start on the 15th (the government's rule on reporting periods).
 */
public record Period(LocalDate from, LocalDate to) {

    /** The first day of the official reporting year: 15 December of the previous calendar year. */
    public static final MonthDay REPORTING_YEAR_START = MonthDay.of(12, 15);

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period needs both its first and its last day");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("not a period: " + from + " – " + to);
        }
    }

    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    public static Period day(LocalDate day) {
        return new Period(day, day);
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    public static Period calendarYear(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Reporting year {@code year}: 15/12/{@code year - 1} – 14/12/{@code year}. */
    public static Period reportingYear(int year) {
        return new Period(REPORTING_YEAR_START.atYear(year - 1), REPORTING_YEAR_START.atYear(year).minusDays(1));
    }

    /** The reporting year a day belongs to: 20/12/2025 is in reporting year 2026. */
    public static int reportingYearOf(LocalDate day) {
        return day.isBefore(REPORTING_YEAR_START.atYear(day.getYear())) ? day.getYear() : day.getYear() + 1;
    }

    /** The reporting quarter containing {@code day}: starts 15/12, 15/03, 15/06 or 15/09. */
    public static Period reportingQuarterOf(LocalDate day) {
        LocalDate start = reportingYear(reportingYearOf(day)).from();
        while (!start.plusMonths(3).isAfter(day)) {
            start = start.plusMonths(3);
        }
        return new Period(start, start.plusMonths(3).minusDays(1));
    }

    /** The calendar quarter containing {@code day}. */
    public static Period quarterOf(LocalDate day) {
        LocalDate start = LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return new Period(start, start.plusMonths(3).minusDays(1));
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean contains(Period other) {
        return !other.from.isBefore(from) && !other.to.isAfter(to);
    }

    public boolean overlaps(Period other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** This period cut at {@code lastDay} (today): a period never ends after the day its figures are made. */
    public Period endingBy(LocalDate lastDay) {
        if (!to.isAfter(lastDay)) {
            return this;
        }
        return from.isAfter(lastDay) ? day(lastDay) : new Period(from, lastDay);
    }

    /** The period of equal length just before this one. */
    public Period previous() {
        return new Period(from.minusDays(days()), from.minusDays(1));
    }

    /**
     * The same days {@code months} months earlier: 01–03/12 → 01–03/11, 15/11–14/12 → 15/10–14/11; a period ending
     * on a month's last day ends on the earlier month's last day (01/11–30/11 → 01/10–31/10, 01–29/02 → 01–31/01).
     */
    public Period minusMonths(int months) {
        LocalDate start = from.minusMonths(months);
        LocalDate end = to.equals(YearMonth.from(to).atEndOfMonth())
                ? YearMonth.from(to).minusMonths(months).atEndOfMonth() : to.minusMonths(months);
        return new Period(start, end.isBefore(start) ? start : end);
    }

    /** The same days one year earlier ("cùng kỳ năm trước"). */
    public Period sameLastYear() {
        return minusMonths(12);
    }

    /** The calendar months this period meets, each cut to the period (the first and last may be partial). */
    public List<Period> months() {
        List<Period> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            LocalDate start = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate end = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            months.add(new Period(start, end));
        }
        return months;
    }

    /** The {@code count} calendar months ending with this period's last month, the last one cut at {@code to}. */
    public Period trailingMonths(int count) {
        return new Period(YearMonth.from(to).minusMonths(count - 1L).atDay(1), to);
    }

    /** "01–03/12/2026", "01/10–03/12/2026", "15/12/2025–03/12/2026", "03/12/2026": as Vietnamese reports write it. */
    public String formatted() {
        if (from.equals(to)) {
            return VnFormat.date(to);
        }
        String end = VnFormat.date(to);
        if (from.getYear() != to.getYear()) {
            return VnFormat.date(from) + "–" + end;
        }
        if (from.getMonthValue() != to.getMonthValue()) {
            return String.format("%02d/%02d–%s", from.getDayOfMonth(), from.getMonthValue(), end);
        }
        return String.format("%02d–%s", from.getDayOfMonth(), end);
    }
}
