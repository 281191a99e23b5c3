package vn.hcc.dashboard.scorecard;

import java.math.BigDecimal;
import java.util.List;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.kpi.KpiSet;

/**
 * A unit's (or the whole center's: {@code unitId} null) estimated index for a period, from the period's KPIs: every
 * line, the points earned,
 * the points that could be computed (the lines with data) and the points of all lines (100 as the portal sets them).
 */
public record Scorecard(KpiSet kpis, List<ScoreLine> lines, BigDecimal total, BigDecimal computable,
        BigDecimal maximum) {

    static Scorecard of(KpiSet kpis, List<ScoreLine> lines) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal computable = BigDecimal.ZERO.setScale(2);
        BigDecimal maximum = BigDecimal.ZERO.setScale(2);
        for (ScoreLine l : lines) {
            maximum = maximum.add(l.indicator().maxPoints());
            if (l.computed()) {
                total = total.add(l.points());
                computable = computable.add(l.indicator().maxPoints());
            }
        }
        return new Scorecard(kpis, lines, total, computable, maximum);
    }

    public Period period() {
        return kpis.period();
    }

    /** The unit scored; {@code null}: the whole center. */
    public Long unitId() {
        return kpis.unitId();
    }

    /** The share of the computable points earned, in percent (two decimals); {@code null} when nothing computes. */
    public BigDecimal share() {
        return computable.signum() == 0 ? null
                : total.multiply(BigDecimal.valueOf(100)).divide(computable, 2, java.math.RoundingMode.HALF_UP);
    }
}
