package vn.hcc.dashboard.staff;

import java.util.List;

/**
 * A roster line as the staff list shows it: the member with the names of the home unit, counters and fields (sorted)
 * and the sign-in's username, resolved by {@link StaffService}; "" where the member has none.
 */
public record StaffRow(StaffMember member, String homeUnitName, List<String> counterNames, List<String> fieldNames,
        String username) {
}
