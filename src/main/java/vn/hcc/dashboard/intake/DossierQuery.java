package vn.hcc.dashboard.intake;

import java.time.LocalDate;

/**
 * What the intake grid shows: dossiers that arrived in [from, to] (either may be open), optionally of one unit, field,
 * channel or status, only the overdue ones (open past their due day at {@code today}), or matching a code.
 */
public record DossierQuery(LocalDate from, LocalDate to, Long unitId, Long fieldId, Channel channel,
        DossierStatus status, boolean overdueOnly, String code, LocalDate today) {
}
