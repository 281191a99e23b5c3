/**
 * The official rates (KPIs) for a period and a unit filter: numerator, denominator, rate and applicable target, all
 * derived from the intake feature's period figures, the PAKN feature's figures and the ratings' counts (this
 * package never counts dossiers, petitions or ratings itself) and the targets feature's rule. Also per unit and per month, for the dashboard's
 * charts. A rate becomes a report cell only through {@code KpiReportValues}; the reports built on rates live here
 * ({@code TargetsReport}, {@code DigitizationReport}) because they read the KPI service, which already depends on
 * targets and figures.
 */
package vn.hcc.dashboard.kpi;
