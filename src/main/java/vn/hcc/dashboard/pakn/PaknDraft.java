package vn.hcc.dashboard.pakn;

import java.time.LocalDateTime;

/** What is typed when a petition arrives; the deadline follows from the category and the working-day calendar. */
public record PaknDraft(LocalDateTime receivedAt, PaknChannel channel, String citizenName, String citizenContact,
        String content, PaknCategory category, String locality, String dossierCode, Long unitId) {
}
