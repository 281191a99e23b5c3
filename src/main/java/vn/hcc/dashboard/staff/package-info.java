/**
 * The people of the Center: the staff roster (employment type, counters and fields served, active dates, link to a
 * sign-in), the counters' duty schedule by day including voluntary Saturdays, and the staff counts of the reports.
 */
package vn.hcc.dashboard.staff;
