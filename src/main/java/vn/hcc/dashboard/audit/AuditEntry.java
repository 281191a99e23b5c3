package vn.hcc.dashboard.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Map;

/** One row of the trail; written once, never changed (no setters, no version). */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    static final int MAX_LABEL = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_at", nullable = false)
    private LocalDateTime at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "entity_type", nullable = false, length = 20)
    private AuditedType type;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(nullable = false, length = MAX_LABEL)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditAction action;

    /** {@link ChangesJson}; TEXT on both databases (H2 in MariaDB mode reads it as a VARCHAR without a useful limit), so a dossier's every field fits. */
    @Column(nullable = false, columnDefinition = "text")
    private String changes;

    protected AuditEntry() {
    }

    AuditEntry(LocalDateTime at, String actor, AuditEvent event) {
        this.at = at;
        this.actor = actor.length() > 100 ? actor.substring(0, 100) : actor;
        this.type = event.type();
        this.entityId = event.entityId();
        this.label = event.label().length() > MAX_LABEL ? event.label().substring(0, MAX_LABEL) : event.label();
        this.action = event.action();
        this.changes = ChangesJson.write(event.changes());
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public AuditedType getType() {
        return type;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getLabel() {
        return label;
    }

    public AuditAction getAction() {
        return action;
    }

    /** Field → before and after, in the order they were recorded. */
    public Map<String, Change> changes() {
        return ChangesJson.read(changes);
    }

    /** The stored JSON text, as the export writes it. */
    public String changesJson() {
        return changes;
    }
}
