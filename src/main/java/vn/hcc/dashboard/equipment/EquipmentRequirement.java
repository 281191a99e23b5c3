package vn.hcc.dashboard.equipment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The Center's own required quantity of one checklist type (Decree 61/2018 Art. 13 sets no counts):
 * {@code fixedCount + perCounter × active counters}. V10 seeds the defaults; the director changes them.
 */
@Entity
@Table(name = "equipment_requirement")
public class EquipmentRequirement {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", length = 32)
    private EquipmentType type;

    @Column(name = "per_counter", nullable = false)
    private int perCounter;

    @Column(name = "fixed_count", nullable = false)
    private int fixedCount;

    @Version
    private long version;

    protected EquipmentRequirement() {
    }

    EquipmentRequirement(EquipmentType type) {
        this.type = type;
    }

    void change(int perCounter, int fixedCount) {
        this.perCounter = perCounter;
        this.fixedCount = fixedCount;
    }

    public long required(int activeCounters) {
        return fixedCount + (long) perCounter * activeCounters;
    }

    public EquipmentType getType() {
        return type;
    }

    public int getPerCounter() {
        return perCounter;
    }

    public int getFixedCount() {
        return fixedCount;
    }

    public long getVersion() {
        return version;
    }
}
