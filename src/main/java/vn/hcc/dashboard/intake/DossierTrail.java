package vn.hcc.dashboard.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One dossier as a visit's timeline tells it: its values and names, the ticket the citizen held (null: none), its
 * history oldest first, the apology letter when one was issued here (null otherwise), and whether it is late
 * today ({@link DossierData#isLate}).
 */
public record DossierTrail(long id, DossierData data, Long ticketId, String procedureName, String fieldName,
        String unitName, List<DossierChange> history, Letter letter, boolean late, LocalDate today) {

    /** The apology letter as issued: to whom, why, both days, by whom (full name) and when. */
    public record Letter(LocalDateTime issuedAt, String issuedBy, String citizenName, String reason,
            LocalDate originalDueOn, LocalDate newDueOn) {
    }
}
