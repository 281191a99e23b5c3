package vn.hcc.dashboard.kpi;

import java.util.Map;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.targets.Kpi;

/** Every KPI of one period and unit filter ({@code unitId == null}: all units), with the figures behind them. */
public record KpiSet(Period period, Long unitId, PeriodFigures figures, Map<Kpi, KpiValue> values) {

    public KpiValue get(Kpi kpi) {
        return values.get(kpi);
    }
}
