package vn.hcc.dashboard.kpi;

import vn.hcc.dashboard.reports.ReportValue;

/**
 * A KPI as a report cell: the report contract knows no KPI, so the KPI feature states how its rate is written, once,
 * for every report that shows one.
 */
public final class KpiReportValues {

    private KpiReportValues() {
    }

    /** The KPI's rate exactly as the KPI service states it (two decimals, cut); no data: "–". */
    public static ReportValue.Percent rate(KpiValue kpi) {
        return ReportValue.percent(kpi.rate(), kpi.formattedRate());
    }
}
