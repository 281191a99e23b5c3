package vn.hcc.dashboard.ratings;

import java.time.LocalDateTime;

/** A follow-up as the history shows it. */
public record FollowUpEntry(String doneBy, LocalDateTime doneAt, String note) {
}
