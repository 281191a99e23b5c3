package vn.hcc.dashboard.scorecard.ui;

import java.util.Optional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.kpi.KpiDefinitions;
import vn.hcc.dashboard.pakn.PaknLateReport;
import vn.hcc.dashboard.ratings.UnsatisfiedReport;
import vn.hcc.dashboard.scorecard.ShortfallReport;
import vn.hcc.dashboard.targets.Kpi;

/**
 * Where a scorecard line's drill-down leads: the reports view listing what lost the line its points for the period
 * and unit (null: all units) — dossiers, late petitions or unsatisfied ratings — and the link's text.
 */
record ShortfallLink(String href, String labelKey) {

    static Optional<ShortfallLink> of(Kpi kpi, Period period, Long unitId) {
        String range = "&from=" + period.from() + "&to=" + period.to() + (unitId == null ? "" : "&unit=" + unitId);
        return switch (kpi) {
            case PAKN_ON_TIME -> Optional.of(new ShortfallLink("reports?report=" + PaknLateReport.KEY + range,
                    "scorecard.drill-down.pakn"));
            case SATISFACTION -> Optional.of(new ShortfallLink("reports?report=" + UnsatisfiedReport.KEY + range,
                    "scorecard.drill-down.ratings"));
            default -> KpiDefinitions.shortfall(kpi).map(s -> new ShortfallLink("reports?report=" + ShortfallReport.KEY
                    + "&choice=" + s.name() + range, "scorecard.drill-down"));
        };
    }
}
