package vn.hcc.dashboard.pakn;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One change of a petition: who, when, which action ({@code pakn.action.*}), which field and its value before and
 * after, as text (names, not ids, so the history reads the same after a unit is renamed or a user disabled).
 */
@Entity
@Table(name = "pakn_history")
public class PaknHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pakn_id", nullable = false)
    private long paknId;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(length = 32)
    private String field;

    @Column(name = "value_before", length = 4000)
    private String before;

    @Column(name = "value_after", length = 4000)
    private String after;

    protected PaknHistory() {
    }

    PaknHistory(long paknId, LocalDateTime changedAt, String changedBy, String action, String field, String before,
            String after) {
        this.paknId = paknId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.action = action;
        this.field = field;
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public long getPaknId() {
        return paknId;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getAction() {
        return action;
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
