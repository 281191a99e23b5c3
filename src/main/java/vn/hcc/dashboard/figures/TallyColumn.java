package vn.hcc.dashboard.figures;

import static vn.hcc.dashboard.figures.TallyColumn.When.ENDED;
import static vn.hcc.dashboard.figures.TallyColumn.When.FEE_CHARGED;
import static vn.hcc.dashboard.figures.TallyColumn.When.RESOLVED;
import static vn.hcc.dashboard.intake.DossierCondition.ALWAYS;
import static vn.hcc.dashboard.intake.DossierCondition.Field.APOLOGY_SENT;
import static vn.hcc.dashboard.intake.DossierCondition.Field.DIGITIZED_COMPONENTS;
import static vn.hcc.dashboard.intake.DossierCondition.Field.DIGITIZED_RESULT;
import static vn.hcc.dashboard.intake.DossierCondition.Field.DUE_ON;
import static vn.hcc.dashboard.intake.DossierCondition.Field.PAID_ONLINE;
import static vn.hcc.dashboard.intake.DossierCondition.Field.RESULT_ON;
import static vn.hcc.dashboard.intake.DossierCondition.Field.RETURNED_ON;
import static vn.hcc.dashboard.intake.DossierCondition.present;
import static vn.hcc.dashboard.intake.DossierCondition.statusIn;
import static vn.hcc.dashboard.intake.DossierCondition.statusNotIn;
import static vn.hcc.dashboard.intake.DossierCondition.yes;

import java.util.List;
import java.util.Set;
import vn.hcc.dashboard.intake.DossierCondition.Field;
import vn.hcc.dashboard.intake.DossierCondition;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.intake.Lateness;

/**
 * The columns of dossier_tally and dossier_tally_month, in table order, and the one definition of what a dossier
 * adds to each: on which day of its life ({@link TallyEvent}), under which condition, +1 or -1 (the open and overdue
 * columns are signed: their running sum up to a day is what stands open on it). {@link DossierTally} evaluates it for
 * one dossier, {@link DossierTallySql} renders it as the rebuild statement; {@link PeriodFiguresService} reads the
 * sums by column.
 */
public enum TallyColumn {
    RECEIVED("received", onIntake(ALWAYS)),
    RECEIVED_DIGITIZED("received_digitized", onIntake(yes(DIGITIZED_COMPONENTS))),
    RESOLVED_EARLY("resolved_early", onLeaving(DossierCondition.before(RESULT_ON, DUE_ON))),
    RESOLVED_ON_TIME("resolved_on_time", onLeaving(DossierCondition.sameDay(RESULT_ON, DUE_ON))),
    RESOLVED_LATE("resolved_late", onLeaving(Lateness.RESOLVED_LATE)),
    RESOLVED_LATE_APOLOGY("resolved_late_apology", onLeaving(Lateness.RESOLVED_LATE.and(yes(APOLOGY_SENT)))),
    RESOLVED_WITH_FEE("resolved_with_fee", onLeaving(RESOLVED.and(FEE_CHARGED))),
    RESOLVED_PAID_ONLINE("resolved_paid_online",
            onLeaving(RESOLVED.and(FEE_CHARGED).and(yes(PAID_ONLINE)))),
    /** An amount, not a count: the fees of the dossiers resolved. */
    FEE_AMOUNT("fee_amount", new Share(TallyEvent.LEFT, 1, RESOLVED, true)),
    RESOLVED_DIGITIZED("resolved_digitized", onLeaving(RESOLVED.and(yes(DIGITIZED_RESULT)))),
    REFUSED("refused", onLeaving(ENDED.and(statusIn(Set.of(DossierStatus.REFUSED))))),
    WITHDRAWN("withdrawn", onLeaving(ENDED.and(statusNotIn(Set.of(DossierStatus.REFUSED))))),
    OPEN_IN_PROGRESS("open_in_progress", open(Lateness.CLOCK_RUNS)),
    OPEN_SUPPLEMENT("open_supplement", open(statusIn(Set.of(DossierStatus.SUPPLEMENT_REQUESTED)))),
    OPEN_FINANCIAL("open_financial", open(statusIn(Set.of(DossierStatus.SUSPENDED_FINANCIAL)))),
    OPEN_OTHER("open_other", open(statusIn(Set.of(DossierStatus.SUSPENDED_OTHER)))),
    OVERDUE("overdue", overdue(Lateness.CLOCK_RUNS)),
    OVERDUE_APOLOGY("overdue_apology", overdue(Lateness.CLOCK_RUNS.and(yes(APOLOGY_SENT)))),
    // the optional facts of the digitization form: counted when yes, and in the *_known column when recorded
    COMPONENTS_STORED("components_stored", onIntake(yes(Field.COMPONENTS_STORED))),
    COMPONENTS_STORED_KNOWN("components_stored_known", onIntake(present(Field.COMPONENTS_STORED))),
    RESULT_STORED("result_stored", onLeaving(RESOLVED.and(yes(Field.RESULT_STORED)))),
    RESULT_STORED_KNOWN("result_stored_known", onLeaving(RESOLVED.and(present(Field.RESULT_STORED)))),
    REUSED_DATA("reused_data", onIntake(yes(Field.REUSED_DATA))),
    REUSED_DATA_KNOWN("reused_data_known", onIntake(present(Field.REUSED_DATA)));

    /**
     * dossier_tally_in_person's one count, per (result day, returned day): resolved with a fee not paid online and
     * handed over, so paid at the counter.
     */
    public static final DossierCondition PAID_IN_PERSON = RESOLVED.and(present(RETURNED_ON))
            .and(FEE_CHARGED).and(DossierCondition.no(PAID_ONLINE));

    /** What a dossier adds on one day of its life: {@code sign} (or its fee) when the condition holds. */
    record Share(TallyEvent event, int sign, DossierCondition when, boolean fee) {
        long of(DossierData d) {
            return when.test(d) ? sign * (fee ? d.fee() : 1) : 0;
        }

        String sql() {
            String amount = (sign < 0 ? "-" : "") + (fee ? Field.FEE.column() : "1");
            return when == ALWAYS ? amount : "CASE WHEN " + when.sql() + " THEN " + amount + " ELSE 0 END";
        }
    }

    private final String column;
    private final List<Share> shares;

    TallyColumn(String column, Share... shares) {
        this.column = column;
        this.shares = List.of(shares);
    }

    /** The table column. */
    public String column() {
        return column;
    }

    List<Share> shares() {
        return shares;
    }

    private static Share onIntake(DossierCondition when) {
        return plus(TallyEvent.RECEIVED, when);
    }

    private static Share onLeaving(DossierCondition when) {
        return plus(TallyEvent.LEFT, when);
    }

    private static Share plus(TallyEvent event, DossierCondition when) {
        return new Share(event, 1, when, false);
    }

    /** Open from the intake day until it leaves. */
    private static Share[] open(DossierCondition when) {
        return new Share[] {onIntake(when), new Share(TallyEvent.LEFT, -1, when, false)};
    }

    /** Overdue from the day after its due day until it leaves. */
    private static Share[] overdue(DossierCondition when) {
        return new Share[] {plus(TallyEvent.OVERDUE_FROM, when), new Share(TallyEvent.OVERDUE_END, -1, when, false)};
    }

    /** Conditions only the columns read. */
    private static final class Conditions {
        static final DossierCondition RESOLVED = present(RESULT_ON);
        static final DossierCondition FEE_CHARGED = DossierCondition.positive(Field.FEE);
        /** Left without a result: withdrawn or refused. */
        static final DossierCondition ENDED = DossierCondition.absent(RESULT_ON);
    }

    /** Conditions only the columns read (a nested class: an enum's constants cannot read its own static fields). */
    static final class When {
        static final DossierCondition RESOLVED = present(RESULT_ON);
        static final DossierCondition FEE_CHARGED = DossierCondition.positive(Field.FEE);
        /** Left without a result: withdrawn or refused. */
        static final DossierCondition ENDED = DossierCondition.absent(RESULT_ON);

        private When() {
        }
    }
}
