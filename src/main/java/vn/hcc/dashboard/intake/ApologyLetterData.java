package vn.hcc.dashboard.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** Everything an apology letter says, named: what the document and its print view are made of. */
public record ApologyLetterData(String dossierCode, String centerName, String unitName, String procedureName,
        LocalDate receivedOn, LocalDate originalDueOn, LocalDate newDueOn, String reason, String citizenName,
        String issuedBy, LocalDateTime issuedAt) {
}
