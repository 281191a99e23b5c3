package vn.hcc.dashboard.ratings;

import java.time.LocalDateTime;

/**
 * A "Chưa hài lòng" rating as the director's list shows it, with the names resolved by {@link RatingService}: what
 * was rated (ticket number or dossier code), where, by whom served, why, the comment and the follow-up state; the
 * ticket's id or the dossier's code open the visit's timeline ({@code /visit}).
 */
public record UnsatisfiedRating(long id, long version, LocalDateTime ratedAt, String subject, String counterName,
        String officerName, String fieldName, RatingReason reason, String comment, RatingSource source,
        FollowUpState followUp, Long ticketId, String dossierCode) {
}
