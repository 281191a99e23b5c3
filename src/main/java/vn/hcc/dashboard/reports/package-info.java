/**
 * Official report forms for leadership (Biểu II.06a, the per-unit tables): tables built only from the period figures
 * of the intake feature and written as Excel files with POI.
 */
package vn.hcc.dashboard.reports;
