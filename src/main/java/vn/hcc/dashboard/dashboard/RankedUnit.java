package vn.hcc.dashboard.dashboard;

import vn.hcc.dashboard.kpi.KpiValue;

/**
 * One bar of the unit ranking: a unit, its name and its value of the chosen KPI
 * ({@link DashboardService#unitRanking}).
 */
public record RankedUnit(long unitId, String name, KpiValue value) {
}
