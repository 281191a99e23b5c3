package vn.hcc.dashboard.equipment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** Something the Center's work depended on was down from {@code startedAt} until {@code endedAt} (null: still). */
@Entity
@Table(name = "equipment_outage")
public class Outage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OutageKind kind;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "ended_at")
    private LocalDateTime endedAt;

    /** The counters that could not work; empty means the whole Center. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "equipment_outage_counter", joinColumns = @JoinColumn(name = "outage_id"))
    @Column(name = "counter_id", nullable = false)
    private Set<Long> counterIds = new HashSet<>();

    @Column(length = 1000)
    private String notes;

    @Version
    private long version;

    protected Outage() {
    }

    Outage(OutageDraft d) {
        apply(d);
    }

    final void apply(OutageDraft d) {
        this.kind = d.kind();
        this.startedAt = d.startedAt();
        this.endedAt = d.endedAt();
        this.counterIds.clear();
        this.counterIds.addAll(d.counterIds());
        this.notes = d.notes();
    }

    public OutageDraft draft() {
        return new OutageDraft(id, version, kind, startedAt, endedAt, Set.copyOf(counterIds), notes);
    }

    public boolean isOngoing() {
        return endedAt == null;
    }

    public boolean wholeCenter() {
        return counterIds.isEmpty();
    }

    public Long getId() {
        return id;
    }

    public OutageKind getKind() {
        return kind;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getEndedAt() {
        return endedAt;
    }

    public Set<Long> getCounterIds() {
        return Collections.unmodifiableSet(counterIds);
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }
}
