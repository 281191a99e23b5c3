package vn.hcc.dashboard.reports.ui;

import vn.hcc.dashboard.reports.ReportDefinition;
import vn.hcc.dashboard.reports.ReportRuleBreakers;
import vn.hcc.dashboard.reports.TableReport;

/** Views that break, or keep, the report rules, for {@code ReportArchitectureTest}; never used. */
@SuppressWarnings("unused")
public final class ReportViewRuleBreakers {

    private ReportViewRuleBreakers() {
    }

    /** Asks which kind of report it has. */
    public static final class SwitchingView {
        boolean inMemory(ReportDefinition report) {
            return report instanceof TableReport;
        }
    }

    /** Names a report's class outside the report's package. */
    public static final class NamingAReport {
        String key(ReportRuleBreakers.AReport report) {
            return report.key();
        }
    }

    /** Knows only the contract: what the rules let through. */
    public static final class KnowingTheContract {
        String key(ReportDefinition report) {
            return report.key();
        }
    }
}
