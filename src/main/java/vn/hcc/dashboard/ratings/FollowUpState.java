package vn.hcc.dashboard.ratings;

/** An unsatisfied rating is open until someone records what was done about it; a satisfied one needs nothing. */
public enum FollowUpState {
    NONE, OPEN, DONE;

    static FollowUpState of(RatingLevel level) {
        return level == RatingLevel.UNSATISFIED ? OPEN : NONE;
    }
}
