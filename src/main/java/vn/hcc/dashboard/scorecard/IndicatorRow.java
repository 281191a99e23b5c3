package vn.hcc.dashboard.scorecard;

import java.math.BigDecimal;
import vn.hcc.dashboard.targets.Kpi;

/** A sub-indicator as views and scorecards read it. */
public record IndicatorRow(long id, long version, String code, ScoreGroup group, Kpi kpi, BigDecimal maxPoints,
        BigDecimal threshold) {

    static IndicatorRow of(Indicator i) {
        return new IndicatorRow(i.getId(), i.getVersion(), i.getCode(), i.getGroup(), i.getKpi(), i.getMaxPoints(),
                i.getThreshold());
    }
}
