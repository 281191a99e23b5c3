package vn.hcc.dashboard.catalog;

/** A weekday off (holiday, compensatory or swapped day) or a weekend day the government made a working day. */
public enum HolidayKind {
    DAY_OFF, WORKING_DAY
}
