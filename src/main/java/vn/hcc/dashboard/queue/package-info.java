/**
 * The ticket queue of the Center's hall: counters (quầy) and the fields they serve, tickets taken at the kiosk and
 * called to a counter, the public display, and the wait and service figures computed from them by aggregate queries.
 * Fields come from the catalogue by id; the kiosk and the display work without login, on registered public devices
 * only (a device token in the browser's cookie, registered and revoked by the administrator).
 */
package vn.hcc.dashboard.queue;
