package vn.hcc.dashboard.ratings;

/** Why a citizen was not satisfied, as the tablet asks it: attitude, waiting time, unclear guidance, other. */
public enum RatingReason {
    ATTITUDE, WAITING_TIME, UNCLEAR_GUIDANCE, OTHER
}
