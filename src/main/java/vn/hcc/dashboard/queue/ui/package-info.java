/**
 * Queue views: the touch-screen kiosk and the hall display (both without login and without the app's navigation),
 * the counter view for staff, the figures for the director, and the counters administration.
 */
package vn.hcc.dashboard.queue.ui;
