package vn.hcc.dashboard.pakn;

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
import java.time.LocalDateTime;

/**
 * One petition (PAKN). The unit is a catalogue id and the handler a username: both belong to other features and are
 * read through their services. {@code receivedOn} is the working day the deadline counts from; {@code deadline} may
 * be extended by a director, {@code originalDeadline} keeps the first one. Only {@link PaknService} and
 * {@link PaknSteeringService} change it.
 */
@Entity
@Table(name = "pakn")
public class Pakn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaknChannel channel;

    @Column(name = "citizen_name", nullable = false, length = 200)
    private String citizenName;

    @Column(name = "citizen_contact", length = 200)
    private String citizenContact;

    @Column(nullable = false, length = 4000)
    private String content;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaknCategory category;

    @Column(length = 200)
    private String locality;

    @Column(name = "dossier_code", length = 64)
    private String dossierCode;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(length = 64)
    private String handler;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(name = "original_deadline", nullable = false)
    private LocalDate originalDeadline;

    @Column(name = "extension_reason", length = 500)
    private String extensionReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaknStatus status;

    @Column(length = 4000)
    private String answer;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "hidden_on")
    private LocalDate hiddenOn;

    @Column(name = "hidden_reason", length = 500)
    private String hiddenReason;

    @Column(name = "tracking_code", length = 16)
    private String trackingCode;

    /** A keyed hash of the sender's network address, public petitions only: for the rate limit, never shown. */
    @Column(name = "source_key", length = 64)
    private String sourceKey;

    @Version
    private long version;

    protected Pakn() {
    }

    Pakn(PaknDraft d, LocalDate receivedOn, LocalDate deadline) {
        this.receivedAt = d.receivedAt();
        this.receivedOn = receivedOn;
        this.channel = d.channel();
        this.citizenName = d.citizenName();
        this.citizenContact = d.citizenContact();
        this.content = d.content();
        this.category = d.category();
        this.locality = d.locality();
        this.dossierCode = d.dossierCode();
        this.unitId = d.unitId();
        this.deadline = deadline;
        this.originalDeadline = deadline;
        this.status = PaknStatus.NEW;
    }

    /** Still unanswered after its deadline, seen on {@code today}. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && deadline.isBefore(today);
    }

    /** Answered (or published) after the deadline. */
    public boolean answeredLate() {
        return answeredOn != null && answeredOn.isAfter(deadline);
    }

    /** Late, seen on {@code today}: unanswered past the deadline, or answered after it (which stays late for good). */
    public boolean isLate(LocalDate today) {
        return isOverdue(today) || answeredLate();
    }

    /** Marks a petition sent by a citizen from the public page. */
    void sentByCitizen(String trackingCode, String sourceKey) {
        this.trackingCode = trackingCode;
        this.sourceKey = sourceKey;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    void assign(Long unitId, String handler) {
        this.unitId = unitId;
        this.handler = handler;
        if (status == PaknStatus.NEW) {
            status = PaknStatus.ASSIGNED;
        }
    }

    void writeAnswer(String answer, String dossierCode) {
        this.answer = answer;
        this.dossierCode = dossierCode;
    }

    void submit(LocalDate day) {
        if (answeredOn == null) {
            answeredOn = day;
        }
        status = PaknStatus.ANSWERED;
    }

    void extend(LocalDate newDeadline, String reason) {
        this.deadline = newDeadline;
        this.extensionReason = reason;
    }

    void publish(LocalDate day) {
        this.publishedOn = day;
        this.status = PaknStatus.PUBLISHED;
    }

    void hide(LocalDate day, String reason) {
        this.hiddenOn = day;
        this.hiddenReason = reason;
        this.status = PaknStatus.HIDDEN;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public PaknChannel getChannel() {
        return channel;
    }

    public String getCitizenName() {
        return citizenName;
    }

    public String getCitizenContact() {
        return citizenContact;
    }

    public String getContent() {
        return content;
    }

    public PaknCategory getCategory() {
        return category;
    }

    public String getLocality() {
        return locality;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getHandler() {
        return handler;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getOriginalDeadline() {
        return originalDeadline;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public PaknStatus getStatus() {
        return status;
    }

    public String getAnswer() {
        return answer;
    }

    public LocalDate getAnsweredOn() {
        return answeredOn;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public LocalDate getHiddenOn() {
        return hiddenOn;
    }

    public String getHiddenReason() {
        return hiddenReason;
    }

    public long getVersion() {
        return version;
    }
}
