package vn.hcc.dashboard.ratings;

/** How satisfied the citizen was: "Rất hài lòng", "Hài lòng", "Chưa hài lòng". */
public enum RatingLevel {
    VERY_SATISFIED, SATISFIED, UNSATISFIED;

    /** Counted in the satisfaction rate's numerator. */
    public boolean satisfied() {
        return this != UNSATISFIED;
    }
}
