package vn.hcc.dashboard.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One ticket (số thứ tự) such as {@code HT-012}: the field's code and its sequence of the day. {@code calledAt} is
 * the first call (the end of the wait), {@code announcedAt} the latest call or recall (what the display shows
 * first). A ticket is changed only through {@link QueueService}, which keeps the status rules.
 */
@Entity
@Table(name = "queue_ticket")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_number", nullable = false, length = 40)
    private String number;

    @Column(name = "field_id", nullable = false)
    private Long fieldId;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "seq_no", nullable = false)
    private int sequence;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    @Column(name = "queued_at", nullable = false)
    private LocalDateTime queuedAt;

    @Column(name = "called_at")
    private LocalDateTime calledAt;

    @Column(name = "announced_at")
    private LocalDateTime announcedAt;

    @Column(name = "recall_count", nullable = false)
    private int recallCount;

    @Column(name = "counter_id")
    private Long counterId;

    @Column(name = "served_by", length = 64)
    private String servedBy;

    @Column(name = "served_until")
    private LocalDateTime servedUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TicketStatus status;

    @Column(name = "transferred_from_id")
    private Long transferredFromId;

    @Column(name = "tracking_code", length = 16)
    private String trackingCode;
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TicketPriority priority;

    @Column(name = "priority_by", length = 64)
    private String priorityBy;

    @Column(name = "priority_at")
    private LocalDateTime priorityAt;

    /** Set on a ticket transferred to one counter: only that counter calls it. */
    @Column(name = "target_counter_id")
    private Long targetCounterId;

    @Version
    private long version;

    protected Ticket() {
    }

    /** A new waiting ticket; {@code queuedAt} is its place in the queue (see V5__queue.sql). */
    Ticket(String number, long fieldId, int sequence, LocalDateTime issuedAt, LocalDateTime queuedAt,
            Long transferredFromId) {
        this.number = number;
        this.fieldId = fieldId;
        this.issuedOn = issuedAt.toLocalDate();
        this.sequence = sequence;
        this.issuedAt = issuedAt;
        this.queuedAt = queuedAt;
        this.transferredFromId = transferredFromId;
        this.status = TicketStatus.WAITING;
    }

    /** A finished ticket of an earlier day, as the bulk import records it. */
    static Ticket history(String number, int sequence, TicketHistory h) {
        Ticket t = new Ticket(number, h.fieldId(), sequence, h.issuedAt(), h.issuedAt(), null);
        t.calledAt = h.calledAt();
        t.announcedAt = h.calledAt();
        t.counterId = h.counterId();
        t.servedBy = h.servedBy();
        t.servedUntil = h.servedUntil();
        t.status = h.status();
        return t;
    }

    /** The code of the ticket's QR code, for the citizen's page {@code /hang-cho/{code}}. */
    void track(String code) {
        trackingCode = code;
    }

    /**
     * Served before the queue order, for {@code reason}; {@code by} is the officer who marked it at a counter (null
     * at the kiosk). The queue order among priority tickets stays {@code queuedAt}.
     */
    void prioritize(TicketPriority reason, String by, LocalDateTime at) {
        this.priority = reason;
        this.priorityBy = by;
        this.priorityAt = at;
    }

    /** Only {@code counterId} calls this ticket (a transfer to a counter). */
    void target(Long counterId) {
        this.targetCounterId = counterId;
    }

    void recall(LocalDateTime now) {
        announcedAt = now;
        recallCount++;
    }

    void finish(TicketStatus outcome, LocalDateTime now) {
        status = outcome;
        servedUntil = outcome == TicketStatus.SERVED ? now : null;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Long getFieldId() {
        return fieldId;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public int getSequence() {
        return sequence;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }

    public LocalDateTime getQueuedAt() {
        return queuedAt;
    }

    public LocalDateTime getCalledAt() {
        return calledAt;
    }

    public LocalDateTime getAnnouncedAt() {
        return announcedAt;
    }

    public int getRecallCount() {
        return recallCount;
    }

    public Long getCounterId() {
        return counterId;
    }

    public String getServedBy() {
        return servedBy;
    }

    public LocalDateTime getServedUntil() {
        return servedUntil;
    }

    public TicketStatus getStatus() {
        return status;
    }

    public Long getTransferredFromId() {
        return transferredFromId;
    }

    public String getTrackingCode() {
        return trackingCode;
    }

    public TicketPriority getPriority() {
        return priority;
    }

    public String getPriorityBy() {
        return priorityBy;
    }

    public LocalDateTime getPriorityAt() {
        return priorityAt;
    }

    public Long getTargetCounterId() {
        return targetCounterId;
    }

    public long getVersion() {
        return version;
    }

    /** How long the ticket has waited, or waited until its first call. */
    public Duration waited(LocalDateTime now) {
        return Duration.between(issuedAt, calledAt != null ? calledAt : now);
    }
}
