package vn.hcc.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.figures.DossierFilter;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.figures.PeriodFiguresService;
import vn.hcc.dashboard.pakn.PaknCounts;
import vn.hcc.dashboard.pakn.PaknFiguresService;
import vn.hcc.dashboard.ratings.RatingCounts;
import vn.hcc.dashboard.ratings.RatingFilter;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.targets.TargetService;
import vn.hcc.dashboard.targets.TargetService.ApplicableTargets;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.Period;

/**
 * Computes every KPI from {@link PeriodFiguresService}'s figures, the PAKN figures and the satisfaction ratings'
 * counts ({@link RatingService}); {@link #fromFigures} is the only place where a figure becomes a rate. Readers of the dashboard only: director, leadership, administrator.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.DASHBOARD_VIEW)
public class KpiService {

    private final PeriodFiguresService figures;
    private final TargetService targets;
    private final PaknFiguresService pakn;
    private final RatingService ratings;

    KpiService(PeriodFiguresService figures, TargetService targets, PaknFiguresService pakn, RatingService ratings) {
        this.figures = figures;
        this.targets = targets;
        this.pakn = pakn;
        this.ratings = ratings;
    }

    /** The KPIs of [from, to] for one unit, or all units when {@code unitId} is null. */
    public KpiSet kpis(Period period, Long unitId) {
        PeriodFigures f = figures.figures(period, new DossierFilter(unitId, null, null));
        return fromFigures(period, unitId, f, pakn.figures(period, unitId).total(), rated(period, unitId),
                targets.covering(period));
    }

    /**
     * The KPIs of figures the caller combined (a report's total over the units it lists, a procedure's row), against
     * the all-units targets: the caller never divides itself. Dossier figures only: PAKN counts are not part of such
     * combinations, so the PAKN and satisfaction rates there are "no data".
     */
    public KpiSet ofFigures(Period period, PeriodFigures f) {
        return fromFigures(period, null, f, PaknCounts.EMPTY, RatingCounts.EMPTY, targets.covering(period));
    }

    /** The KPIs of [from, to] from figures the caller already has (the dashboard sums its per-channel figures). */
    public KpiSet kpis(Period period, Long unitId, PeriodFigures f) {
        return fromFigures(period, unitId, f, pakn.figures(period, unitId).total(), rated(period, unitId),
                targets.covering(period));
    }

    /** Every KPI set one dashboard shows: its period's, the compared period's, its trend's months and its units'. */
    public record Overview(KpiSet current, KpiSet previous, List<KpiSet> months, Map<Long, KpiSet> units) {
    }

    /**
     * The KPIs of a dashboard from as few queries as the figures allow (each query is a round trip, and a dashboard
     * made forty): the caller's figures of the period ({@code all}) and of each unit, the compared period's and the
     * trend's figures, one query for the targets of every part, one for the PAKN of every part, one for the ratings
     * of the period, the compared period and the trend's months. The same KPIs as
     * {@link #kpis}, {@link #monthly} and {@link #perUnit} one by one.
     */
    public Overview overview(Period period, Period compared, Period trend, Long unitId, PeriodFigures all,
            Map<Long, PeriodFigures> unitFigures) {
        DossierFilter filter = new DossierFilter(unitId, null, null);
        List<PeriodFiguresService.Slice> slices = figures.monthly(trend, filter);
        PeriodFigures previous = figures.figures(compared, filter);
        List<Period> parts = new ArrayList<>(List.of(period, compared));
        slices.forEach(m -> parts.add(m.period()));
        Period span = Period.of(parts.stream().map(Period::from).min(LocalDate::compareTo).orElseThrow(),
                parts.stream().map(Period::to).max(LocalDate::compareTo).orElseThrow());
        List<ApplicableTargets> t = targets.coveringEach(span, parts);
        List<PaknCounts> p = pakn.totals(parts, unitId);
        RatingService.Overview r = ratings.overview(period, compared, trend, RatingFilter.unit(unitId));
        List<KpiSet> months = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            PeriodFiguresService.Slice m = slices.get(i);
            months.add(fromFigures(m.period(), unitId, m.figures(), p.get(i + 2),
                    r.months().getOrDefault(YearMonth.from(m.period().from()), RatingCounts.EMPTY), t.get(i + 2)));
        }
        return new Overview(fromFigures(period, unitId, all, p.get(0), r.first(), t.get(0)),
                fromFigures(compared, unitId, previous, p.get(1), r.second(), t.get(1)), months,
                perUnit(period, unitFigures, t.get(0)));
    }

    /** One KPI set per unit that has dossiers in the period, each against that unit's applicable targets. */
    public Map<Long, KpiSet> perUnit(Period period) {
        return perUnit(period, figures.grouped(period, DossierFilter.ALL, PeriodFiguresService.GroupBy.UNIT));
    }

    /** {@link #perUnit(Period)} of per-unit figures the caller already has (the dashboard sums its units' channels). */
    public Map<Long, KpiSet> perUnit(Period period, Map<Long, PeriodFigures> unitFigures) {
        return perUnit(period, unitFigures, targets.covering(period));
    }

    private Map<Long, KpiSet> perUnit(Period period, Map<Long, PeriodFigures> unitFigures, ApplicableTargets t) {
        Map<Long, KpiSet> result = new LinkedHashMap<>();
        Map<Long, PaknCounts> paknByUnit = pakn.perUnit(period);
        Map<Long, RatingCounts> ratingsByUnit = ratings.perUnit(period);
        unitFigures.forEach((unit, f) -> result
                .put(unit, fromFigures(period, unit, f, paknByUnit.getOrDefault(unit, PaknCounts.EMPTY),
                        ratingsByUnit.getOrDefault(unit, RatingCounts.EMPTY), t)));
        return result;
    }

    /**
     * The period cut into calendar months (the first and last may be partial), each month a period of its own with
     * its own carried-over dossiers and targets, as a monthly report would count it; the figures of all months come
     * from one query.
     */
    public List<KpiSet> monthly(Period period, Long unitId) {
        List<PeriodFiguresService.Slice> slices = figures.monthly(period, new DossierFilter(unitId, null, null));
        List<ApplicableTargets> t = targets.coveringEach(period,
                slices.stream().map(PeriodFiguresService.Slice::period).toList());
        // one query each for the PAKN and the ratings of every month, not one per month
        List<PaknCounts> p = pakn.totals(slices.stream().map(PeriodFiguresService.Slice::period).toList(), unitId);
        Map<YearMonth, RatingCounts> r = ratings.countsPerMonth(period, RatingFilter.unit(unitId));
        List<KpiSet> months = new ArrayList<>();
        for (int i = 0; i < slices.size(); i++) {
            PeriodFiguresService.Slice m = slices.get(i);
            // a slice is its calendar month cut to the period: the ratings of the period in that month
            months.add(fromFigures(m.period(), unitId, m.figures(), p.get(i),
                    r.getOrDefault(YearMonth.from(m.period().from()), RatingCounts.EMPTY), t.get(i)));
        }
        return months;
    }

    /** Where each official figure becomes a KPI. */
    static KpiSet fromFigures(Period period, Long unitId, PeriodFigures f, PaknCounts p, RatingCounts r,
            ApplicableTargets t) {
        Map<Kpi, KpiValue> v = new EnumMap<>(Kpi.class);
        put(v, t, unitId, Kpi.ON_TIME, f.resolvedInTime(), f.resolved());
        put(v, t, unitId, Kpi.ONLINE_SUBMISSION, f.receivedOnline(), f.receivedInPeriod());
        put(v, t, unitId, Kpi.ONLINE_PAYMENT, f.resolvedPaidOnline(), f.resolvedWithFee());
        // Every dossier this product counts is a record in it, so this is 100% by construction whenever any arrived.
        put(v, t, unitId, Kpi.UPDATED_IN_SYSTEM, f.receivedInPeriod(), f.receivedInPeriod());
        put(v, t, unitId, Kpi.DIGITIZED_COMPONENTS, f.receivedWithDigitizedComponents(), f.receivedInPeriod());
        put(v, t, unitId, Kpi.DIGITIZED_RESULTS, f.resolvedWithDigitizedResult(), f.resolved());
        // PAKN answered within the deadline / PAKN due (answered, or still open past the deadline)
        put(v, t, unitId, Kpi.PAKN_ON_TIME, p.handledOnTime(), p.due());
        // Reuse is an optional record (the provincial software cannot count it, the Kim Thành Q3/2025 report): no data until some
        // dossier of the period records it, yes or no.
        if (f.reusedDataRecorded() > 0) {
            put(v, t, unitId, Kpi.REUSE, f.reusedData(), f.receivedInPeriod());
        } else {
            v.put(Kpi.REUSE, KpiValue.noData(Kpi.REUSE, target(t, Kpi.REUSE, unitId)));
        }
        // (very satisfied + satisfied) / ratings of the period, from the tablets and the import (RatingService)
        put(v, t, unitId, Kpi.SATISFACTION, r.satisfiedTotal(), r.total());
        // Decision 766's progress: what left on time or still runs within its deadline, over what was handled
        put(v, t, unitId, Kpi.HANDLING_PROGRESS, f.resolvedInTime() + f.inProgressNotDue(), f.resolved() + f.inProgress());
        return new KpiSet(period, unitId, f, v);
    }

    /** The ratings of the period, of one unit (see {@code RatingFilter} for a rating's unit) or of all. */
    private RatingCounts rated(Period period, Long unitId) {
        return ratings.counts(period, RatingFilter.unit(unitId));
    }

    private static void put(Map<Kpi, KpiValue> v, ApplicableTargets t, Long unitId, Kpi kpi, long num, long den) {
        v.put(kpi, new KpiValue(kpi, num, den, target(t, kpi, unitId)));
    }

    private static BigDecimal target(ApplicableTargets t, Kpi kpi, Long unitId) {
        return t.of(kpi, unitId).orElse(null);
    }
}
