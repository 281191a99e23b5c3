package vn.hcc.dashboard.targets;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.time.LocalDate;

/**
 * The one rule of issue 5: among the targets of a KPI that cover the whole period, a target of the unit itself beats
 * one for all units, and a shorter range beats a longer one (a month's target beats the quarter's, which beats the
 * year's). A unit's view never falls back to another unit's target; the all-units view uses all-units targets only.
 * Equal ranges of the same scope: the newest (highest id) wins.
 */
public final class TargetRule {

    private static final Comparator<Target> MOST_SPECIFIC_FIRST = Comparator
            .comparing((Target t) -> t.getUnitId() == null)
            .thenComparingLong(Target::days)
            .thenComparing(Target::getId, Comparator.nullsLast(Comparator.reverseOrder()));

    private TargetRule() {
    }

    public static Optional<Target> applicable(Collection<Target> targets, Kpi kpi, Long unitId, LocalDate from,
            LocalDate to) {
        return targets.stream()
                .filter(t -> t.getKpi() == kpi)
                .filter(t -> t.getUnitId() == null || Objects.equals(t.getUnitId(), unitId))
                .filter(t -> t.covers(from, to))
                .min(MOST_SPECIFIC_FIRST);
    }
}
