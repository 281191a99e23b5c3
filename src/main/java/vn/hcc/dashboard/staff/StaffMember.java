package vn.hcc.dashboard.staff;

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
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/** One person of the roster. Units, fields, counters and the sign-in belong to other features: kept by id. */
@Entity
@Table(name = "staff_member")
public class StaffMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 200)
    private String fullName;

    @Column(name = "job_title", nullable = false, length = 200)
    private String position;

    @Enumerated(EnumType.STRING)
    @Column(name = "employment_type", nullable = false, length = 16)
    private EmploymentType type;

    @Column(name = "home_unit_id")
    private Long homeUnitId;

    @Column(name = "concurrent_duty", length = 200)
    private String concurrentDuty;

    @Column(name = "signature_holder", nullable = false)
    private boolean signatureHolder;

    @Column(name = "active_from", nullable = false)
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    @Column(name = "user_id")
    private Long userId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_member_field", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "field_id", nullable = false)
    private Set<Long> fieldIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_member_counter", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "counter_id", nullable = false)
    private Set<Long> counterIds = new HashSet<>();

    @Version
    private long version;

    protected StaffMember() {
    }

    StaffMember(StaffDraft d) {
        apply(d);
    }

    /** The draft must be validated and trimmed by {@link StaffService}. */
    final void apply(StaffDraft d) {
        this.fullName = d.fullName();
        this.position = d.position();
        this.type = d.type();
        this.homeUnitId = d.homeUnitId();
        this.concurrentDuty = d.concurrentDuty();
        this.signatureHolder = d.signatureHolder();
        this.activeFrom = d.activeFrom();
        this.activeTo = d.activeTo();
        this.userId = d.userId();
        this.fieldIds.clear();
        this.fieldIds.addAll(d.fieldIds());
        this.counterIds.clear();
        this.counterIds.addAll(d.counterIds());
    }

    void endOn(LocalDate day) {
        this.activeTo = day;
    }

    /** Works at the Center on {@code day}: within [activeFrom, activeTo], an open end meaning "still there". */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(activeFrom) && (activeTo == null || !day.isAfter(activeTo));
    }

    /** The person's counters, or a counter of one of the person's fields: who normally sits there. */
    public boolean serves(long counterId, Set<Long> counterFieldIds) {
        return counterIds.contains(counterId) || counterFieldIds.stream().anyMatch(fieldIds::contains);
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPosition() {
        return position;
    }

    public EmploymentType getType() {
        return type;
    }

    public Long getHomeUnitId() {
        return homeUnitId;
    }

    public String getConcurrentDuty() {
        return concurrentDuty;
    }

    public boolean isSignatureHolder() {
        return signatureHolder;
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public LocalDate getActiveTo() {
        return activeTo;
    }

    public Long getUserId() {
        return userId;
    }

    public Set<Long> getFieldIds() {
        return Collections.unmodifiableSet(fieldIds);
    }

    public Set<Long> getCounterIds() {
        return Collections.unmodifiableSet(counterIds);
    }

    public long getVersion() {
        return version;
    }

    public StaffDraft draft() {
        return new StaffDraft(id, version, fullName, position, type, homeUnitId, concurrentDuty, signatureHolder,
                activeFrom, activeTo, userId, fieldIds, counterIds);
    }

    @Override
    public String toString() {
        return fullName;
    }
}
