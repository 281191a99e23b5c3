package vn.hcc.dashboard.scorecard;

import java.math.BigDecimal;
import vn.hcc.dashboard.kpi.KpiValue;

/**
 * One sub-indicator of a scorecard: its definition, the KPI value measuring it ({@code null}: no source) and the
 * points earned ({@code null}: no data, so it is left out of the points that could be computed).
 */
public record ScoreLine(IndicatorRow indicator, KpiValue value, BigDecimal points) {

    public boolean computed() {
        return points != null;
    }
}
