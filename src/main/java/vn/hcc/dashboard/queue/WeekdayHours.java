package vn.hcc.dashboard.queue;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** One weekday's opening hours as the administrator sets them; a null session is closed. */
public record WeekdayHours(DayOfWeek day, Session morning, Session afternoon, long version) {

    /** From {@code opens} (inclusive) to {@code closes} (exclusive). */
    public record Session(LocalTime opens, LocalTime closes) {

        public boolean contains(LocalTime time) {
            return !time.isBefore(opens) && time.isBefore(closes);
        }
    }

    public boolean closedAllDay() {
        return morning == null && afternoon == null;
    }
}
