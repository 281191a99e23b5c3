package vn.hcc.dashboard.equipment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** One line of the inventory: {@code quantity} alike things of one type at one counter or location. */
@Entity
@Table(name = "equipment_item")
public class EquipmentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false, length = 32)
    private EquipmentType type;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int quantity;

    /** A queue counter's id; the counter is another feature's, read through its service. */
    @Column(name = "counter_id")
    private Long counterId;

    @Column(length = 200)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EquipmentStatus status;

    @Column(name = "acquired_on")
    private LocalDate acquiredOn;

    @Column(name = "warranty_until")
    private LocalDate warrantyUntil;

    @Column(length = 1000)
    private String notes;

    @Version
    private long version;

    protected EquipmentItem() {
    }

    EquipmentItem(ItemDraft d) {
        apply(d);
    }

    final void apply(ItemDraft d) {
        this.type = d.type();
        this.name = d.name();
        this.quantity = d.quantity();
        this.counterId = d.counterId();
        this.location = d.location();
        this.status = d.status();
        this.acquiredOn = d.acquiredOn();
        this.warrantyUntil = d.warrantyUntil();
        this.notes = d.notes();
    }

    /** Only the fault log moves an item between in use, broken, under repair and (beyond repair) retired. */
    void changeStatus(EquipmentStatus status) {
        this.status = status;
    }

    public ItemDraft draft() {
        return new ItemDraft(id, version, type, name, quantity, counterId, location, status, acquiredOn, warrantyUntil,
                notes);
    }

    public Long getId() {
        return id;
    }

    public EquipmentType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public int getQuantity() {
        return quantity;
    }

    public Long getCounterId() {
        return counterId;
    }

    public String getLocation() {
        return location;
    }

    public EquipmentStatus getStatus() {
        return status;
    }

    public LocalDate getAcquiredOn() {
        return acquiredOn;
    }

    public LocalDate getWarrantyUntil() {
        return warrantyUntil;
    }

    public String getNotes() {
        return notes;
    }

    public long getVersion() {
        return version;
    }
}
