package vn.hcc.dashboard.staff;

import java.time.LocalDate;

/** A day of the schedule's week, what kind of day it is, and the holiday's name on a day off. */
public record DutyDay(LocalDate date, Kind kind, String holidayName) {

    public enum Kind {
        /** Monday to Friday, or a weekend day the government swapped into a working day. */
        WORKING,
        /** A Saturday that is not a working day: the Center may open voluntarily (the Kim Thành Q3/2025 report), no due date counts it. */
        VOLUNTARY_SATURDAY,
        /** A weekday off (holiday, compensatory day): no duty. */
        DAY_OFF,
        /** A Sunday that is not a swapped working day: no duty. */
        SUNDAY
    }

    public boolean open() {
        return kind == Kind.WORKING || kind == Kind.VOLUNTARY_SATURDAY;
    }
}
