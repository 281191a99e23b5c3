package vn.hcc.dashboard.scorecard;

/** The six groups of the national portal's index, in its order; translated as {@code scorecard.group.<name>}. */
public enum ScoreGroup {
    PUBLICITY, PROGRESS, ONLINE_SERVICES, DIGITIZATION, SATISFACTION, ONLINE_PAYMENT
}
