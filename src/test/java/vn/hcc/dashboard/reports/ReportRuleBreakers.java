package vn.hcc.dashboard.reports;

import java.math.BigDecimal;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.kpi.KpiValue;

/** Classes that break the report rules, to show {@code ReportArchitectureTest} sees each mistake; never used. */
@SuppressWarnings("unused")
public final class ReportRuleBreakers {

    private ReportRuleBreakers() {
    }

    /** A contract class reading a feature's value: the contract would depend on kpi again. */
    public static final class RateOfAKpi {
        BigDecimal rate(KpiValue kpi) {
            return kpi.rate();
        }
    }

    /** A contract class naming a catalogue unit: letterheads may, the contract may not. */
    public static final class UnitInTheContract {
        String name(Unit unit) {
            return unit.getName();
        }
    }

    /** A report of this package, to be named from elsewhere. */
    public abstract static class AReport implements TableReport {
    }
}
