package vn.hcc.dashboard.ratings;

/** The counter a rating tablet stands at, as its page names it. */
public record TabletCounter(long id, String name) {
}
