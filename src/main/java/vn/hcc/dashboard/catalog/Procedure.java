package vn.hcc.dashboard.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An administrative procedure (TTHC) with its legal processing time in working days and its fee in đồng. */
@Entity
@Table(name = "admin_procedure")
public class Procedure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 500)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "field_id")
    private WorkField field;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false, length = 16)
    private OnlineLevel onlineLevel;

    @Column(name = "processing_days", nullable = false)
    private int processingDays;

    @Column(nullable = false)
    private long fee;

    /** Dossiers received after 15:00 count as received the next working day (certified copies, extracts). */
    @Column(name = "afternoon_cutoff", nullable = false)
    private boolean afternoonCutoff;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Procedure() {
    }

    Procedure(ProcedureDraft d, WorkField field, Unit unit) {
        update(d, field, unit);
    }

    final void update(ProcedureDraft d, WorkField field, Unit unit) {
        this.code = d.code().trim();
        this.name = d.name().trim();
        this.field = field;
        this.unit = unit;
        this.onlineLevel = d.onlineLevel();
        this.processingDays = d.processingDays();
        this.fee = d.fee();
        this.afternoonCutoff = d.afternoonCutoff();
        this.active = d.active();
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

    public WorkField getField() {
        return field;
    }

    public Unit getUnit() {
        return unit;
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }

    public int getProcessingDays() {
        return processingDays;
    }

    public long getFee() {
        return fee;
    }

    public boolean isAfternoonCutoff() {
        return afternoonCutoff;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return code + " – " + name;
    }
}
