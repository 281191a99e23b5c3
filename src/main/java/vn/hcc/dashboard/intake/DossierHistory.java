package vn.hcc.dashboard.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One change of a dossier (see V25__visit_timeline.sql): who, when, which action ({@code dossier.action.*}), which
 * field and its value before and after, as text. Written only by {@link DossierJournal}, in the transaction of the
 * write it records; never changed.
 */
@Entity
@Table(name = "dossier_history")
class DossierHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime changedAt;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(length = 32)
    private String field;

    @Column(name = "value_before", length = 500)
    private String before;

    @Column(name = "value_after", length = 500)
    private String after;

    protected DossierHistory() {
    }

    DossierChange change() {
        return new DossierChange(changedAt, changedBy, action, field, before, after);
    }

    long getDossierId() {
        return dossierId;
    }
}
