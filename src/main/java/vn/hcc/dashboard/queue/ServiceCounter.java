package vn.hcc.dashboard.queue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** A counter (quầy) in the hall and the fields whose tickets it calls. Fields are catalogue ids. */
@Entity
@Table(name = "service_counter")
public class ServiceCounter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "service_counter_field", joinColumns = @JoinColumn(name = "counter_id"))
    @Column(name = "field_id", nullable = false)
    private Set<Long> fieldIds = new HashSet<>();

    @Version
    private long version;

    protected ServiceCounter() {
    }

    ServiceCounter(CounterDraft d) {
        apply(d);
    }

    final void apply(CounterDraft d) {
        this.code = d.code();
        this.name = d.name();
        this.active = d.active();
        this.fieldIds.clear();
        this.fieldIds.addAll(d.fieldIds());
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Long> getFieldIds() {
        return Collections.unmodifiableSet(fieldIds);
    }

    public boolean serves(long fieldId) {
        return fieldIds.contains(fieldId);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return name;
    }
}
