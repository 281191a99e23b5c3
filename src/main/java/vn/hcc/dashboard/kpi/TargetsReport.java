package vn.hcc.dashboard.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.TableReport;
import vn.hcc.dashboard.reports.ReportValue;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * Targets against actuals (the Kim Thành Q3/2025 report §5): for the whole center, or for each unit picked, every KPI with its target,
 * numerator, denominator, rate and whether it is achieved, as the KPI service states them, and how it is computed
 * (the definitions' catalogue). No total row: rates of
 * different KPIs do not add up. It lives in kpi, not in targets: it reads the KPI service, and kpi already depends
 * on targets.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
class TargetsReport implements TableReport {

    private final KpiService kpis;
    private final UnitService units;

    TargetsReport(KpiService kpis, UnitService units) {
        this.kpis = kpis;
        this.units = units;
    }

    @Override
    public String key() {
        return "TARGETS";
    }

    @Override
    public String filePrefix() {
        return "ChiTieuThucHien";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of(Picker.UNIT_LIST);
    }

    @Override
    public ReportTable table(ReportRequest request, ReportTexts t) {
        List<ReportTable.Row> rows = new ArrayList<>();
        if (request.unitIds().isEmpty()) {
            block(rows, t.get("reports.whole-center"), kpis.kpis(request.period(), null), t);
        } else {
            Map<Long, String> names = units.namesById();
            for (Long id : request.unitIds()) {
                String name = names.get(id);
                if (name != null) {
                    block(rows, name, kpis.kpis(request.period(), id), t);
                }
            }
        }
        return new ReportTable(t.get("reports.targets.title"),
                List.of(t.get("reports.period", VnFormat.date(request.from()), VnFormat.date(request.to()))),
                t.get("reports.targets.kpi"), groups(t), rows, null);
    }

    private static void block(List<ReportTable.Row> rows, String unit, KpiSet set, ReportTexts t) {
        for (Kpi k : Kpi.values()) {
            KpiValue v = set.get(k);
            rows.add(new ReportTable.Row(t.get("kpi." + k.name()), List.of(ReportValue.text(unit),
                    ReportValue.percent(v.target()), count(v.numerator()), count(v.denominator()),
                    KpiReportValues.rate(v), ReportValue.text(t.get("dashboard.state." + v.state().name())),
                    ReportValue.text(t.get(KpiDefinitions.formulaKey(k))))));
        }
    }

    private static ReportValue count(Long value) {
        return value == null ? ReportValue.text("–") : ReportValue.count(value);
    }

    private static List<ReportTable.Group> groups(ReportTexts t) {
        return List.of(new ReportTable.Group(t.get("reports.col.unit"), List.of()),
                new ReportTable.Group(t.get("reports.targets.target"), List.of()),
                new ReportTable.Group(t.get("reports.targets.actual"), List.of(t.get("reports.targets.numerator"),
                        t.get("reports.targets.denominator"), t.get("reports.targets.rate"))),
                new ReportTable.Group(t.get("reports.targets.state"), List.of()),
                new ReportTable.Group(t.get("reports.targets.definition"), List.of()));
    }
}
