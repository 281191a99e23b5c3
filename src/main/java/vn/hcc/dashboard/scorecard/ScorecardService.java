package vn.hcc.dashboard.scorecard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.kpi.KpiService;
import vn.hcc.dashboard.kpi.KpiSet;
import vn.hcc.dashboard.kpi.KpiValue;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The estimated Decision 766 index: each sub-indicator scored from the KPI that measures it ({@link KpiService}, the
 * one place rates are computed) by {@link ScoreRule}, per unit or for the whole center, ranked, month by month. The
 * sub-indicators' points and thresholds are the administrator's data.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.SCORECARD_VIEW)
public class ScorecardService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final IndicatorRepository indicators;
    private final KpiService kpis;
    private final UnitService units;
    private final AuditService audit;
    private final Clock clock;

    ScorecardService(IndicatorRepository indicators, KpiService kpis, UnitService units, AuditService audit,
            Clock clock) {
        this.indicators = indicators;
        this.kpis = kpis;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<IndicatorRow> indicators() {
        return indicators.findAllByOrderBySortOrder().stream().map(IndicatorRow::of).toList();
    }

    /** The scorecard of {@code unitId} (null: the whole center) for the period. */
    public Scorecard scorecard(Period period, Long unitId) {
        return score(kpis.kpis(period, unitId), indicators());
    }

    /** Every unit with dossiers in the period, the best share of its computable points first, then by name. */
    public List<UnitScore> ranking(Period period) {
        List<IndicatorRow> rows = indicators();
        Map<Long, KpiSet> perUnit = kpis.perUnit(period);
        Map<Long, String> names = units.namesOf(perUnit.keySet());
        return perUnit.entrySet().stream()
                .map(e -> new UnitScore(e.getKey(), names.getOrDefault(e.getKey(), "?"), score(e.getValue(), rows)))
                .sorted(Comparator.comparing((UnitScore u) -> u.scorecard().share(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(UnitScore::name))
                .toList();
    }

    /** The 12 months ending with the period, each scored as a period of its own. */
    public List<Scorecard> monthly(Period period, Long unitId) {
        List<IndicatorRow> rows = indicators();
        return kpis.monthly(period.trailingMonths(12), unitId).stream().map(set -> score(set, rows)).toList();
    }

    static Scorecard score(KpiSet set, List<IndicatorRow> rows) {
        return Scorecard.of(set, rows.stream().map(i -> {
            KpiValue value = i.kpi() == null ? null : set.get(i.kpi());
            BigDecimal points = value == null ? null : ScoreRule.points(value.rate(), i.threshold(), i.maxPoints());
            return new ScoreLine(i, value, points);
        }).toList());
    }

    /** Changes a sub-indicator's points and threshold; the trail keeps the values before and after. */
    @Transactional
    @Requires(Permission.SCORECARD_EDIT)
    public IndicatorRow update(IndicatorDraft draft) {
        if (draft.maxPoints() == null || draft.maxPoints().signum() < 0 || draft.maxPoints().compareTo(HUNDRED) > 0) {
            throw new FieldValidationException("maxPoints", "scorecard.error.points");
        }
        if (draft.threshold() == null || draft.threshold().signum() <= 0 || draft.threshold().compareTo(HUNDRED) > 0) {
            throw new FieldValidationException("threshold", "scorecard.error.threshold");
        }
        Indicator indicator = indicators.findById(draft.id())
                .orElseThrow(() -> new ConcurrentEditException("indicator", draft.id()));
        ConcurrentEditException.check("indicator", draft.id(), draft.version(), indicator.getVersion());
        Map<String, Object> before = audited(indicator);
        indicator.apply(draft);
        Indicator saved = indicators.saveAndFlush(indicator);
        audit.record(AuditEvent.updated(AuditedType.SCORECARD_INDICATOR, saved.getId(), saved.getCode(), before,
                audited(saved)));
        return IndicatorRow.of(saved);
    }

    private static Map<String, Object> audited(Indicator i) {
        return AuditEvent.snapshot("maxPoints", i.getMaxPoints(), "threshold", i.getThreshold());
    }
}
