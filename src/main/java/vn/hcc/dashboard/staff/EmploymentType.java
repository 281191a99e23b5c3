package vn.hcc.dashboard.staff;

/**
 * How a person works at the Center (biên chế, biệt phái, hỗ trợ). Together with {@link StaffMember#getConcurrentDuty()} it places
 * the person in the centers' reported counts, see {@link StaffSummary}.
 */
public enum EmploymentType {
    /** Biên chế: a civil servant on the establishment of the Center or of its commune (the Kim Thành Q3/2025 report's "10 công chức"). */
    PERMANENT,
    /** Biệt phái / cử đến: a civil servant whose post is in a department ({@code homeUnitId}) working at the Center. */
    SECONDED,
    /** Nhân viên hỗ trợ: a support worker under contract, not a civil servant (the Kim Thành Q3/2025 report's "02 nhân viên hỗ trợ"). */
    SUPPORT;

    public boolean civilServant() {
        return this != SUPPORT;
    }
}
