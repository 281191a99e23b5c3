/**
 * The people of the Center: the staff roster (employment type, counters and fields served, active dates, link to a
 * sign-in), the counters' duty schedule by day including voluntary Saturdays, and the staff counts with their report
 * ({@code StaffSummaryReport}, on the {@code reports} contract).
 */
package vn.hcc.dashboard.staff;
