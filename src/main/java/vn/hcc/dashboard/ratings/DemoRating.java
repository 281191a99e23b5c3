package vn.hcc.dashboard.ratings;

import vn.hcc.dashboard.queue.ServedTicket;

/** A rating the demo data gives a served ticket: the level, and for "Chưa hài lòng" a reason and a comment. */
public record DemoRating(ServedTicket ticket, RatingLevel level, RatingReason reason, String comment) {
}
