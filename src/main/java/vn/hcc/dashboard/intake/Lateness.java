package vn.hcc.dashboard.intake;

import static vn.hcc.dashboard.intake.DossierCondition.Field.DUE_ON;
import static vn.hcc.dashboard.intake.DossierCondition.Field.RESULT_ON;

import java.time.LocalDate;

/**
 * When a dossier is late (domain: resolved after its due day, or in progress past it), in one place: the period
 * figures' tally, the dossier searches and the intake screen read these conditions.
 */
public final class Lateness {

    /** A suspended status (supplement requested, financial obligation, other) stops the due clock. */
    public static final DossierCondition CLOCK_RUNS = DossierCondition.statusNotIn(DossierStatus.SUSPENDED);
    /** Resolved after the due day. */
    public static final DossierCondition RESOLVED_LATE = DossierCondition.after(RESULT_ON, DUE_ON);
    /** Neither resolved nor withdrawn or refused. */
    public static final DossierCondition UNRESOLVED = DossierCondition.absent(RESULT_ON)
            .and(DossierCondition.statusNotIn(DossierStatus.ENDED));

    private Lateness() {
    }

    /** In progress past the due day at {@code day}: unresolved, its clock running, due before that day. */
    public static DossierCondition overdueAt(LocalDate day) {
        return UNRESOLVED.and(CLOCK_RUNS).and(DossierCondition.before(DUE_ON, day));
    }

    /**
     * Needs its apology letter now (domain.md §4: at least one working day before the due day): unresolved, its
     * clock running, no letter yet, due from {@code today} to {@code lastDay} (the next working day).
     */
    public static DossierCondition letterDue(LocalDate today, LocalDate lastDay) {
        return UNRESOLVED.and(CLOCK_RUNS).and(DossierCondition.notYes(DossierCondition.Field.APOLOGY_SENT))
                .and(DossierCondition.onOrAfter(DUE_ON, today))
                .and(DossierCondition.before(DUE_ON, lastDay.plusDays(1)));
    }

    /** Late as the figures count it at {@code day}: resolved late, or overdue. */
    public static DossierCondition lateAt(LocalDate day) {
        return RESOLVED_LATE.or(overdueAt(day));
    }

    /**
     * Past due as the intake screen marks it: resolved late, or unresolved past its due day whatever its status.
     * Unlike {@link #lateAt}, a suspended dossier past its due day counts: the screen shows the citizen still waits.
     */
    public static DossierCondition pastDueAt(LocalDate day) {
        return RESOLVED_LATE.or(UNRESOLVED.and(DossierCondition.before(DUE_ON, day)));
    }
}
