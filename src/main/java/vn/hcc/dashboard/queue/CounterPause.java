package vn.hcc.dashboard.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDateTime;

/** One pause of a counter, open until {@code endedAt} is set; kept so that paused time can be counted later. */
@Entity
@Table(name = "counter_pause")
public class CounterPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "counter_id", nullable = false)
    private long counterId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PauseReason reason;

    @Column(length = 200)
    private String note;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "started_by", length = 64)
    private String startedBy;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    @Column(name = "ended_by", length = 64)
    private String endedBy;

    @Version
    private long version;

    protected CounterPause() {
    }

    CounterPause(long counterId, PauseReason reason, String note, LocalDateTime startedAt, String startedBy) {
        this.counterId = counterId;
        this.reason = reason;
        this.note = note;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
    }

    void end(LocalDateTime now, String by) {
        endedAt = now;
        endedBy = by;
    }

    public Long getId() {
        return id;
    }

    public long getCounterId() {
        return counterId;
    }

    public PauseReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public long getVersion() {
        return version;
    }

    public boolean isOpen() {
        return endedAt == null;
    }

    /** How long the counter was (or has been, while open) paused. */
    public Duration length(LocalDateTime now) {
        return Duration.between(startedAt, endedAt != null ? endedAt : now);
    }
}
