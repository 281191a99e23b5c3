/**
 * The official rates (KPIs) for a period and a unit filter: numerator, denominator, rate and applicable target, all
 * derived from the intake feature's period figures and the PAKN feature's figures (this package never counts
 * dossiers or petitions itself) and the targets feature's rule. Also per unit and per month, for the dashboard's
 * charts. A rate becomes a report cell only through {@code KpiReportValues}; the targets-against-actuals report
 * ({@code TargetsReport}) lives here because it reads the KPI service and kpi already depends on targets.
 */
package vn.hcc.dashboard.kpi;
