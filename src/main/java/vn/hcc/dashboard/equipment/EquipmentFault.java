package vn.hcc.dashboard.equipment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A fault of one item and its repair: open until {@code closedOn}; {@code repair} says what was done. */
@Entity
@Table(name = "equipment_fault")
public class EquipmentFault {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(length = 1000)
    private String repair;

    @Version
    private long version;

    protected EquipmentFault() {
    }

    EquipmentFault(long itemId, LocalDate openedOn, String description) {
        this.itemId = itemId;
        this.openedOn = openedOn;
        this.description = description;
    }

    void close(LocalDate closedOn, String repair) {
        this.closedOn = closedOn;
        this.repair = repair;
    }

    public boolean isOpen() {
        return closedOn == null;
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getRepair() {
        return repair;
    }

    public long getVersion() {
        return version;
    }
}
