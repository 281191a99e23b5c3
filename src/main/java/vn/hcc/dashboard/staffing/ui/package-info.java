/**
 * The staffing heat map and its table per slot, a section of the queue figures view (through
 * {@code queue.ui.QueueFiguresSection}).
 */
package vn.hcc.dashboard.staffing.ui;
