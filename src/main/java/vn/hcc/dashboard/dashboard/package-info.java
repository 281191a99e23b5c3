/**
 * What a user sees first: the start page, and the director's live dashboard of targets against actuals. It reads the
 * other features only through their services (kpi, targets, intake, queue, catalog) and shares one computation per
 * period and unit across all open dashboards.
 */
package vn.hcc.dashboard.dashboard;
