package vn.hcc.dashboard.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** An issued apology letter of a late dossier (written once, never changed: the due day moves only once). */
@Entity
@Table(name = "apology_letter")
public class ApologyLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "citizen_name", nullable = false, length = 200)
    private String citizenName;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "original_due_on", nullable = false)
    private LocalDate originalDueOn;

    @Column(name = "new_due_on", nullable = false)
    private LocalDate newDueOn;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private LocalDateTime issuedAt;

    protected ApologyLetter() {
    }

    ApologyLetter(long dossierId, String citizenName, String reason, LocalDate originalDueOn, LocalDate newDueOn,
            String issuedBy, LocalDateTime issuedAt) {
        this.dossierId = dossierId;
        this.citizenName = citizenName;
        this.reason = reason;
        this.originalDueOn = originalDueOn;
        this.newDueOn = newDueOn;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getCitizenName() {
        return citizenName;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getOriginalDueOn() {
        return originalDueOn;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public LocalDateTime getIssuedAt() {
        return issuedAt;
    }
}
