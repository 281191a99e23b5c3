package vn.hcc.dashboard.ratings;

import java.time.LocalDateTime;

/** A rating as a visit's timeline shows it: when, the level, why and the comment, what was rated, the follow-up. */
public record VisitRating(long id, LocalDateTime ratedAt, RatingLevel level, RatingReason reason, String comment,
        String ticketNumber, String dossierCode, FollowUpState followUp) {
}
