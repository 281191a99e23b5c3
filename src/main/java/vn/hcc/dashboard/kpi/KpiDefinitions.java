package vn.hcc.dashboard.kpi;

import java.util.List;
import java.util.Optional;
import vn.hcc.dashboard.figures.Shortfall;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.targets.Kpi;

/**
 * The one catalogue of what each KPI means: its formula in words and in the period's counts, what counts and what
 * does not, and its source rule. The dashboard's cards, the targets report's notes and the tests read it; the switch
 * names every KPI, so a new one cannot be added without its definition. The counts are the ones
 * {@link KpiService#fromFigures} divides, split into the figures they add up from (a test holds the two together).
 */
public final class KpiDefinitions {

    private KpiDefinitions() {
    }

    /** The translation key of the formula in words, e.g. "(Trước hạn + Đúng hạn) / Đã giải quyết". */
    public static String formulaKey(Kpi kpi) {
        return "kpi.def." + kpi.name() + ".formula";
    }

    /** The translation key of what counts and what does not. */
    public static String countsKey(Kpi kpi) {
        return "kpi.def." + kpi.name() + ".counts";
    }

    /** The translation key of the rule the KPI comes from (Thông tư 01/2020/TT-VPCP, QĐ 766/QĐ-TTg…). */
    public static String sourceKey(Kpi kpi) {
        return "kpi.def." + kpi.name() + ".source";
    }

    /** How {@code kpi} of {@code set} came about; without data the numbers are left out. */
    public static KpiExplanation explain(KpiSet set, Kpi kpi) {
        KpiValue v = set.get(kpi);
        List<KpiTerm> top = List.of();
        KpiTerm bottom = null;
        if (v.hasData()) {
            PeriodFigures f = set.figures();
            top = numerator(kpi, f, v);
            bottom = new KpiTerm(denominatorKey(kpi), v.denominator());
        }
        return new KpiExplanation(kpi, formulaKey(kpi), top, bottom, v.hasData() ? v.formattedRate() : null,
                countsKey(kpi), sourceKey(kpi));
    }

    /** The figures the numerator adds up from, split where the official form splits them. */
    private static List<KpiTerm> numerator(Kpi kpi, PeriodFigures f, KpiValue v) {
        return switch (kpi) {
            case ON_TIME -> List.of(new KpiTerm("kpi.term.early", f.resolvedEarly()),
                    new KpiTerm("kpi.term.on-time", f.resolvedOnTime()));
            case HANDLING_PROGRESS -> List.of(new KpiTerm("kpi.term.early", f.resolvedEarly()),
                    new KpiTerm("kpi.term.on-time", f.resolvedOnTime()),
                    new KpiTerm("kpi.term.not-due", f.inProgressNotDue()));
            // the others are one figure each; PAKN and ratings come from their own features, so from the value
            case ONLINE_SUBMISSION, ONLINE_PAYMENT, UPDATED_IN_SYSTEM, DIGITIZED_COMPONENTS, DIGITIZED_RESULTS,
                    REUSE, PAKN_ON_TIME, SATISFACTION -> List.of(new KpiTerm(numeratorKey(kpi), v.numerator()));
        };
    }

    /**
     * The dossiers that lost {@code kpi} its rate (the drill-down); empty where the rate is not about dossiers (PAKN,
     * ratings) or cannot lose (every dossier is in the system).
     */
    public static Optional<Shortfall> shortfall(Kpi kpi) {
        return Optional.ofNullable(switch (kpi) {
            case ON_TIME -> Shortfall.RESOLVED_LATE;
            case HANDLING_PROGRESS -> Shortfall.LATE_OR_OVERDUE;
            case ONLINE_SUBMISSION -> Shortfall.NOT_ONLINE;
            case DIGITIZED_COMPONENTS -> Shortfall.COMPONENTS_NOT_DIGITIZED;
            case DIGITIZED_RESULTS -> Shortfall.RESULT_NOT_DIGITIZED;
            case ONLINE_PAYMENT -> Shortfall.FEE_NOT_PAID_ONLINE;
            case REUSE -> Shortfall.DATA_NOT_REUSED;
            case UPDATED_IN_SYSTEM, PAKN_ON_TIME, SATISFACTION -> null;
        });
    }

    private static String numeratorKey(Kpi kpi) {
        return "kpi.term." + kpi.name() + ".numerator";
    }

    private static String denominatorKey(Kpi kpi) {
        return switch (kpi) {
            case ON_TIME, DIGITIZED_RESULTS -> "kpi.term.resolved";
            case ONLINE_SUBMISSION, UPDATED_IN_SYSTEM, DIGITIZED_COMPONENTS, REUSE -> "kpi.term.received";
            case ONLINE_PAYMENT -> "kpi.term.with-fee";
            case PAKN_ON_TIME -> "kpi.term.pakn-due";
            case SATISFACTION -> "kpi.term.ratings";
            case HANDLING_PROGRESS -> "kpi.term.handled";
        };
    }
}
