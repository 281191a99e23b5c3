package vn.hcc.dashboard.scorecard.ui;

import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.figures.Shortfall;
import vn.hcc.dashboard.scorecard.ShortfallReport;

/** The address of the reports view showing the dossiers of one shortfall, period and unit (null: all units). */
final class ShortfallLink {

    private ShortfallLink() {
    }

    static String href(Shortfall shortfall, Period period, Long unitId) {
        return "reports?report=" + ShortfallReport.KEY + "&choice=" + shortfall.name() + "&from=" + period.from()
                + "&to=" + period.to() + (unitId == null ? "" : "&unit=" + unitId);
    }
}
