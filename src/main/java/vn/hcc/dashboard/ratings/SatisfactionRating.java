package vn.hcc.dashboard.ratings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import vn.hcc.dashboard.queue.ServedTicket;
import vn.hcc.dashboard.staff.Officer;

/**
 * One citizen's rating (see V16__satisfaction_rating.sql): of a ticket served at a counter (tablet) or of a dossier
 * (import). Changed only through {@link RatingService}: an import corrects its level, a follow-up closes it.
 */
@Entity
@Table(name = "satisfaction_rating")
public class SatisfactionRating {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "ticket_number", length = 40)
    private String ticketNumber;

    @Column(name = "dossier_code", length = 64)
    private String dossierCode;

    @Column(name = "counter_id")
    private Long counterId;

    @Column(name = "officer_username", length = 64)
    private String officerUsername;

    @Column(name = "staff_id")
    private Long staffId;

    @Column(name = "field_id")
    private Long fieldId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "rated_at", nullable = false)
    private LocalDateTime ratedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating_level", nullable = false, length = 16)
    private RatingLevel level;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private RatingReason reason;

    @Column(name = "rating_comment", length = 500)
    private String comment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RatingSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up", nullable = false, length = 8)
    private FollowUpState followUp;

    @Column(name = "followed_up_at")
    private LocalDateTime followedUpAt;

    @Version
    private long version;

    protected SatisfactionRating() {
    }

    /** A rating given on a counter's tablet about a served ticket, for the unit of the officer who served it. */
    static SatisfactionRating ofTicket(ServedTicket ticket, Officer officer, LocalDateTime ratedAt, RatingLevel level,
            RatingReason reason, String comment) {
        SatisfactionRating r = new SatisfactionRating();
        r.ticketId = ticket.id();
        r.ticketNumber = ticket.number();
        r.counterId = ticket.counterId();
        r.officerUsername = ticket.servedBy();
        r.fieldId = ticket.fieldId();
        if (officer != null) {
            r.staffId = officer.staffId();
            // the officer serves for the home agency (the Center, or the department of a seconded one): its unit
            r.unitId = officer.homeUnitId();
        }
        r.source = RatingSource.TABLET;
        r.rate(ratedAt, level, reason, comment);
        return r;
    }

    /** A rating of a dossier from the import. */
    static SatisfactionRating ofDossier(String dossierCode) {
        SatisfactionRating r = new SatisfactionRating();
        r.dossierCode = dossierCode;
        r.source = RatingSource.IMPORT;
        return r;
    }

    /** The imported values; true when anything changed. A changed level opens or drops the follow-up anew. */
    boolean imported(Long fieldId, Long unitId, LocalDateTime ratedAt, RatingLevel level) {
        boolean changed = level != this.level || !java.util.Objects.equals(fieldId, this.fieldId)
                || !java.util.Objects.equals(unitId, this.unitId) || !ratedAt.equals(this.ratedAt);
        this.fieldId = fieldId;
        this.unitId = unitId;
        if (level != this.level) {
            rate(ratedAt, level, null, null);
        }
        this.ratedAt = ratedAt;
        return changed;
    }

    private void rate(LocalDateTime at, RatingLevel level, RatingReason reason, String comment) {
        this.ratedAt = at;
        this.level = level;
        this.reason = level == RatingLevel.UNSATISFIED ? reason : null;
        this.comment = comment;
        this.followUp = FollowUpState.of(level);
    }

    /** Closed by a follow-up at {@code at}; a later follow-up adds to the history and moves the time on. */
    void followedUp(LocalDateTime at) {
        followUp = FollowUpState.DONE;
        followedUpAt = at;
    }

    public LocalDateTime getFollowedUpAt() {
        return followedUpAt;
    }

    public Long getId() {
        return id;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getDossierCode() {
        return dossierCode;
    }

    public Long getCounterId() {
        return counterId;
    }

    public String getOfficerUsername() {
        return officerUsername;
    }

    public Long getStaffId() {
        return staffId;
    }

    public Long getFieldId() {
        return fieldId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public LocalDateTime getRatedAt() {
        return ratedAt;
    }

    public RatingLevel getLevel() {
        return level;
    }

    public RatingReason getReason() {
        return reason;
    }

    public String getComment() {
        return comment;
    }

    public RatingSource getSource() {
        return source;
    }

    public FollowUpState getFollowUp() {
        return followUp;
    }

    public long getVersion() {
        return version;
    }
}
