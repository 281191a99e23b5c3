package vn.hcc.dashboard.scorecard;

/** A unit's place in the ranking: its name and scorecard. */
public record UnitScore(long unitId, String name, Scorecard scorecard) {
}
