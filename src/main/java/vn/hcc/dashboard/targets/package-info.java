/**
 * Targets (chỉ tiêu) per KPI, for all units or one unit, over a year, quarter, month or any date range, and the one
 * rule that picks the target applying to a period. Reads the catalogue's units through its service.
 */
package vn.hcc.dashboard.targets;
