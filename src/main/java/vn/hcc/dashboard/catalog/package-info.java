/**
 * The catalogue the whole Center counts by: units (with parent units), fields, procedures and the holiday calendar.
 * Other features read it through its services; only the administrator changes it.
 */
package vn.hcc.dashboard.catalog;
