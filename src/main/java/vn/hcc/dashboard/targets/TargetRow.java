package vn.hcc.dashboard.targets;

/**
 * A target as the list shows it: the target and its unit's name, resolved by {@link TargetService}; null for a
 * target of every unit, "" for a unit no longer known.
 */
public record TargetRow(Target target, String unitName) {
}
