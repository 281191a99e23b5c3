/**
 * Staffing against demand: per 30-minute slot and field, the tickets issued and the wait in the queue's history
 * against the counters on the duty schedule, the counters needed by an Erlang-C estimate ({@link
 * vn.hcc.dashboard.staffing.ErlangC}) for a target share served within a target wait, and the understaffed slots of
 * a week, forecast from the same weekdays' history. Reads the queue through its figures service and the schedule
 * through the staff feature's service; the schedule view gets its warnings through
 * {@link vn.hcc.dashboard.staff.StaffingWarnings} and the queue figures view its heat map through
 * {@code queue.ui.QueueFiguresSection}, so that neither feature depends on this one.
 */
package vn.hcc.dashboard.staffing;
