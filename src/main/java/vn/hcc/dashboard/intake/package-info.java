/**
 * Daily intake: citizens' dossiers, recorded by reception or imported from the provincial one-stop software, and the
 * period figures of the official forms computed from them by aggregate queries.
 */
package vn.hcc.dashboard.intake;
