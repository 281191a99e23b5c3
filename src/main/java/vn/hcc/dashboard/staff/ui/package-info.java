/**
 * The roster, the week's duty schedule and "my duty schedule". Package-private views: they call the staff, queue,
 * catalogue and user services only.
 */
package vn.hcc.dashboard.staff.ui;
