package vn.hcc.dashboard.pakn;

import java.time.LocalDate;

/**
 * The director's filters; null means "any". {@code from}/{@code to} bound the day received, {@code text} searches
 * content, citizen, locality and dossier code; {@code overdueOnly} means unanswered past the deadline on {@code today}.
 */
public record PaknQuery(LocalDate from, LocalDate to, PaknStatus status, PaknCategory category, PaknChannel channel,
        Long unitId, String handler, boolean unassignedOnly, boolean overdueOnly, String text, LocalDate today) {

    public static PaknQuery all(LocalDate today) {
        return new PaknQuery(null, null, null, null, null, null, null, false, false, null, today);
    }
}
