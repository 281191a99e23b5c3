package vn.hcc.dashboard.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that knows which days count for due dates: Monday to Friday, minus the days off in the holiday
 * table, plus the weekend days the government swapped into working days. A Saturday a center opens voluntarily is
 * not a working day. Every due date and every "late by N working days" in the product comes from here.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

    /** Dossiers of procedures with an afternoon cut-off received after this time count from the next working day. */
    public static final LocalTime AFTERNOON_CUTOFF = LocalTime.of(15, 0);

    private final HolidayRepository holidays;

    WorkingDayCalendar(HolidayRepository holidays) {
        this.holidays = holidays;
    }

    /** A snapshot of the calendar for one computation; exceptions are read once per year used. */
    public Snapshot snapshot() {
        return new Snapshot();
    }

    public boolean isWorkingDay(LocalDate day) {
        return snapshot().isWorkingDay(day);
    }

    public LocalDate addWorkingDays(LocalDate start, int days) {
        return snapshot().addWorkingDays(start, days);
    }

    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return snapshot().workingDaysBetween(from, to);
    }

    /** A day off of the holiday table (a holiday, a compensatory or swapped day off), whatever its weekday. */
    public boolean isDayOff(LocalDate day) {
        return snapshot().isDayOff(day);
    }

    public LocalDate effectiveIntakeDay(LocalDateTime receivedAt, boolean afternoonCutoff) {
        return snapshot().effectiveIntakeDay(receivedAt, afternoonCutoff);
    }

    /** Calendar arithmetic over the holiday table as it is now; cheap to create, not shared between threads. */
    public final class Snapshot {

        private final Map<Integer, Map<LocalDate, HolidayKind>> years = new HashMap<>();

        private Snapshot() {
        }

        public boolean isWorkingDay(LocalDate day) {
            HolidayKind exception = exceptionsOf(day.getYear()).get(day);
            if (exception != null) {
                return exception == HolidayKind.WORKING_DAY;
            }
            return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
        }

        public boolean isDayOff(LocalDate day) {
            return exceptionsOf(day.getYear()).get(day) == HolidayKind.DAY_OFF;
        }

        /**
         * The due date of a dossier received on {@code start} with {@code days} working days to process: the
         * {@code days}-th working day after the first working day on or after {@code start}.
         */
        public LocalDate addWorkingDays(LocalDate start, int days) {
            if (days < 0) {
                throw new IllegalArgumentException("days must not be negative: " + days);
            }
            LocalDate day = start;
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            for (int left = days; left > 0; ) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    left--;
                }
            }
            return day;
        }

        /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            if (to.isBefore(from)) {
                return -workingDaysBetween(to, from);
            }
            int count = 0;
            for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
                if (isWorkingDay(day)) {
                    count++;
                }
            }
            return count;
        }

        /** The day intake counts from: after 15:00 (for procedures with the cut-off) or on a day off, the next working day. */
        public LocalDate effectiveIntakeDay(LocalDateTime receivedAt, boolean afternoonCutoff) {
            LocalDate day = receivedAt.toLocalDate();
            if (afternoonCutoff && receivedAt.toLocalTime().isAfter(AFTERNOON_CUTOFF)) {
                day = day.plusDays(1);
            }
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }

        private Map<LocalDate, HolidayKind> exceptionsOf(int year) {
            return years.computeIfAbsent(year, y -> {
                Map<LocalDate, HolidayKind> map = new HashMap<>();
                holidays.findByDayBetweenOrderByDay(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))
                        .forEach(h -> map.put(h.getDay(), h.getKind()));
                return map;
            });
        }
    }
}
