package vn.hcc.dashboard.targets;

/**
 * The official rates (on-time resolution, online intake, online payment, digitization…), each
 * {@code numerator / denominator} over a period. All are "higher is better", so a target is met when the rate
 * reaches it.
 */
public enum Kpi {
    /** (early + on time) / resolved. */
    ON_TIME,
    /** received online / received in the period. */
    ONLINE_SUBMISSION,
    /** paid online / resolved dossiers with fees. */
    ONLINE_PAYMENT,
    /** dossiers recorded in the system / received. */
    UPDATED_IN_SYSTEM,
    /** received with digitized components / received in the period. */
    DIGITIZED_COMPONENTS,
    /** resolved with a digitized result / resolved. */
    DIGITIZED_RESULTS,
    /** dossiers reusing digitized data / received, where dossiers record it (the provincial software does not). */
    REUSE,
    /** petitions answered within their deadline / petitions due (answered, or open past the deadline). */
    PAKN_ON_TIME,
    /** (very satisfied + satisfied) / ratings, from the counter tablets and the imported ratings. */
    SATISFACTION,
    /**
     * The progress of handling of Decision 766: (resolved early or on time + in progress not yet due) / (resolved +
     * in progress at the period's end).
     */
    HANDLING_PROGRESS
}
