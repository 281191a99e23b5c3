package vn.hcc.dashboard.figures;

import static vn.hcc.dashboard.intake.DossierCondition.Field.DIGITIZED_COMPONENTS;
import static vn.hcc.dashboard.intake.DossierCondition.Field.DIGITIZED_RESULT;
import static vn.hcc.dashboard.intake.DossierCondition.Field.PAID_ONLINE;
import static vn.hcc.dashboard.intake.DossierCondition.Field.REUSED_DATA;
import static vn.hcc.dashboard.intake.DossierCondition.notYes;

import java.util.Set;
import java.util.function.Function;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierCondition;
import vn.hcc.dashboard.intake.Lateness;

/**
 * The dossiers of a period that a rate's denominator counts and its numerator does not: what lost the rate its
 * points, for the drill-down. Each is the difference of two tally columns said as one condition over a dossier, with
 * the same event days as {@link TallyColumn} (a test holds each count equal to that difference).
 */
public enum Shortfall {
    /** Resolved in the period after the due day: resolved − (early + on time). */
    RESOLVED_LATE(p -> DossierCondition.leftIn(p).and(Lateness.RESOLVED_LATE)),
    /** Resolved late, or still open past the due day at the period's end: handled − handled in time. */
    LATE_OR_OVERDUE(p -> DossierCondition.leftIn(p).and(Lateness.RESOLVED_LATE)
            .or(DossierCondition.openAt(p.to()).and(Lateness.CLOCK_RUNS)
                    .and(DossierCondition.before(DossierCondition.Field.DUE_ON, p.to())))),
    /** Received in the period in person or by post: received − received online. */
    NOT_ONLINE(p -> DossierCondition.receivedIn(p)
            .and(DossierCondition.channelIn(Set.of(Channel.IN_PERSON, Channel.ORDINARY_POSTAL, Channel.POSTAL)))),
    /** Received in the period without digitized components. */
    COMPONENTS_NOT_DIGITIZED(p -> DossierCondition.receivedIn(p).and(notYes(DIGITIZED_COMPONENTS))),
    /** Resolved in the period without a digitized result. */
    RESULT_NOT_DIGITIZED(p -> DossierCondition.leftIn(p).and(TallyColumn.When.RESOLVED)
            .and(notYes(DIGITIZED_RESULT))),
    /** Resolved in the period with a fee not paid online. */
    FEE_NOT_PAID_ONLINE(p -> DossierCondition.leftIn(p).and(TallyColumn.When.RESOLVED)
            .and(TallyColumn.When.FEE_CHARGED).and(notYes(PAID_ONLINE))),
    /** Received in the period without reusing digitized data (not recorded counts too: it is not a yes). */
    DATA_NOT_REUSED(p -> DossierCondition.receivedIn(p).and(notYes(REUSED_DATA)));

    private final Function<Period, DossierCondition> condition;

    Shortfall(Function<Period, DossierCondition> condition) {
        this.condition = condition;
    }

    /** The condition for {@code period}, of one unit when {@code unitId} is given. */
    public DossierCondition condition(Period period, Long unitId) {
        DossierCondition c = condition.apply(period);
        return unitId == null ? c : c.and(DossierCondition.unitIs(unitId));
    }
}
