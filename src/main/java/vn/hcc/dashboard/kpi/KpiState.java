package vn.hcc.dashboard.kpi;

/** How an actual stands against its target; the Lương Tài 09/2024 report groups communes the same way (100%, 90–99%, not achieved). */
public enum KpiState {
    /** rate ≥ target. */
    ACHIEVED,
    /** below the target by at most {@link KpiValue#CLOSE_POINTS} percentage points. */
    CLOSE,
    MISSED,
    /** a rate without a target for the period. */
    NO_TARGET,
    /** nothing to measure: no denominator, or no source for the figure yet. */
    NO_DATA
}
