package vn.hcc.dashboard.kpi;

import vn.hcc.dashboard.targets.Kpi;

/**
 * What each KPI divides by, and so what an empty KPI lacks: a unit with dossiers but none with a fee has no online
 * payment rate because nothing carried a fee, not because nothing happened. Mirrors the denominators of
 * {@link KpiService#fromFigures}; the switch in {@link #of} names every KPI, so a new one cannot be forgotten.
 */
public enum KpiBasis {
    /** Dossiers resolved in the period. */
    RESOLVED("kpi.empty.resolved"),
    /** Dossiers received in the period. */
    RECEIVED("kpi.empty.received"),
    /** Resolved dossiers that carried a fee. */
    RESOLVED_WITH_FEE("kpi.empty.with-fee"),
    /** Dossiers resolved in the period or in progress at its end. */
    HANDLED("kpi.empty.handled"),
    /** Petitions due: answered, or still open past their deadline. */
    PAKN_DUE("kpi.empty.pakn-due"),
    /** Citizens' satisfaction ratings of the period (rating tablets, the import's column). */
    RATINGS("kpi.empty.ratings"),
    /** Nothing records this figure yet. */
    NO_SOURCE("dashboard.no-source");

    private final String emptyKey;

    KpiBasis(String emptyKey) {
        this.emptyKey = emptyKey;
    }

    /** The translation key that says what is missing when the KPI has no rate. */
    public String emptyKey() {
        return emptyKey;
    }

    public static KpiBasis of(Kpi kpi) {
        return switch (kpi) {
            case ON_TIME, DIGITIZED_RESULTS -> RESOLVED;
            case ONLINE_SUBMISSION, UPDATED_IN_SYSTEM, DIGITIZED_COMPONENTS -> RECEIVED;
            case ONLINE_PAYMENT -> RESOLVED_WITH_FEE;
            case PAKN_ON_TIME -> PAKN_DUE;
            case HANDLING_PROGRESS -> HANDLED;
            case SATISFACTION -> RATINGS;
            case REUSE -> NO_SOURCE;
        };
    }
}
