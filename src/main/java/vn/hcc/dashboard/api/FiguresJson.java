package vn.hcc.dashboard.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.kpi.KpiSet;
import vn.hcc.dashboard.kpi.KpiValue;

/**
 * A period's figures and KPIs as the dashboard shows them ({@code period}: {@code from} and {@code to}, the period
 * actually counted): {@code figures} are Biểu II.06a's counts, {@code totals}
 * the sums the forms print, each KPI its numerator, denominator, the rate (percent, two decimals cut, null without
 * data), the target that applies and the state against it.
 */
record FiguresJson(Period period, Long unitId, PeriodFigures figures, Map<String, Long> totals,
        List<Kpi> kpis) {

    record Kpi(String kpi, Long numerator, Long denominator, BigDecimal rate, BigDecimal target, String state) {

        static Kpi of(KpiValue v) {
            return new Kpi(v.kpi().name(), v.numerator(), v.denominator(), v.rate(), v.target(), v.state().name());
        }
    }

    static FiguresJson of(KpiSet set) {
        PeriodFigures f = set.figures();
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("received", f.received());
        totals.put("receivedInPeriod", f.receivedInPeriod());
        totals.put("resolved", f.resolved());
        totals.put("resolvedInTime", f.resolvedInTime());
        totals.put("inProgress", f.inProgress());
        totals.put("suspended", f.suspended());
        totals.put("late", f.late());
        return new FiguresJson(set.period(), set.unitId(), f, totals,
                set.values().values().stream().map(Kpi::of).toList());
    }
}
