package vn.hcc.dashboard.ratings;

/** What the ratings' figures are grouped by. */
public enum RatingGroupBy {
    COUNTER, OFFICER, FIELD, UNIT
}
