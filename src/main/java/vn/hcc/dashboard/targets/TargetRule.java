package vn.hcc.dashboard.targets;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import vn.hcc.dashboard.base.Period;

/**
 * The one rule for which target applies: among the targets of a KPI that cover the whole period, a target of the
 * unit itself beats one for all units, and a shorter range beats a longer one (a month's target beats the quarter's, which beats the
 * year's). A calendar year's target also covers that year's reporting year (from 15/12), after any target whose own
 * range contains the period. A unit's view never falls back to another unit's target; the all-units view uses
 * all-units targets only.
 * Equal ranges of the same scope: the newest (highest id) wins.
 */
public final class TargetRule {


    private TargetRule() {
    }

    public static Optional<Target> applicable(Collection<Target> targets, Kpi kpi, Long unitId, Period period) {
        Comparator<Target> mostSpecificFirst = Comparator
                .comparing((Target t) -> t.getUnitId() == null)
                .thenComparing(t -> !t.coversLiterally(period))
                .thenComparingLong(Target::days)
                .thenComparing(Target::getId, Comparator.nullsLast(Comparator.reverseOrder()));
        return targets.stream()
                .filter(t -> t.getKpi() == kpi)
                .filter(t -> t.getUnitId() == null || Objects.equals(t.getUnitId(), unitId))
                .filter(t -> t.covers(period))
                .min(mostSpecificFirst);
    }
}
