package vn.hcc.dashboard.intake;

import java.time.LocalDate;

/**
 * What the intake grid shows: dossiers that arrived in [from, to] (either may be open), optionally of one unit, field,
 * channel or status, only the overdue ones (open past their due day at {@code today}), or matching a code. The
 * dashboard's lists add: only those without an apology letter, and open dossiers due in [dueFrom, dueTo].
 */
public record DossierQuery(LocalDate from, LocalDate to, Long unitId, Long fieldId, Channel channel,
        DossierStatus status, boolean overdueOnly, String code, LocalDate today, boolean withoutApology,
        LocalDate dueFrom, LocalDate dueTo) {

    public DossierQuery(LocalDate from, LocalDate to, Long unitId, Long fieldId, Channel channel, DossierStatus status,
            boolean overdueOnly, String code, LocalDate today) {
        this(from, to, unitId, fieldId, channel, status, overdueOnly, code, today, false, null, null);
    }

    /** Open (in progress) dossiers past their due day at {@code today} without an apology letter. */
    public static DossierQuery overdueWithoutApology(Long unitId, LocalDate today) {
        return new DossierQuery(null, null, unitId, null, null, null, true, null, today, true, null, null);
    }

    /**
     * Open (in progress) dossiers without an apology letter due in [today, until]: the letters due (domain.md §4, at
     * least one working day before the due day; {@code until} is the next working day).
     */
    public static DossierQuery letterDue(Long unitId, LocalDate today, LocalDate until) {
        return new DossierQuery(null, null, unitId, null, null, DossierStatus.IN_PROGRESS, false, null, today, true,
                today, until);
    }

    /** Open (in progress) dossiers due in [today, until]. */
    public static DossierQuery dueBetween(Long unitId, LocalDate today, LocalDate until) {
        return new DossierQuery(null, null, unitId, null, null, DossierStatus.IN_PROGRESS, false, null, today, false,
                today, until);
    }
}
