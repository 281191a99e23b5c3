package vn.hcc.dashboard.ratings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One follow-up of an unsatisfied rating, kept for good: who did what, when. */
@Entity
@Table(name = "satisfaction_follow_up")
class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rating_id", nullable = false)
    private long ratingId;

    @Column(name = "done_by", nullable = false, length = 64)
    private String doneBy;

    @Column(name = "done_at", nullable = false)
    private LocalDateTime doneAt;

    @Column(nullable = false, length = 1000)
    private String note;

    protected FollowUp() {
    }

    FollowUp(long ratingId, String doneBy, LocalDateTime doneAt, String note) {
        this.ratingId = ratingId;
        this.doneBy = doneBy;
        this.doneAt = doneAt;
        this.note = note;
    }

    FollowUpEntry entry() {
        return new FollowUpEntry(doneBy, doneAt, note);
    }
}
