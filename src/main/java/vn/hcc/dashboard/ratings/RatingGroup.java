package vn.hcc.dashboard.ratings;

/** The ratings of one counter, officer or field, with its name ("Chưa xác định" when the rating has none). */
public record RatingGroup(String name, RatingCounts counts) {
}
