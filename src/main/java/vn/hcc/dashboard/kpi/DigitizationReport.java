package vn.hcc.dashboard.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.reports.ReportValue;
import vn.hcc.dashboard.reports.TableReport;

/**
 * "Kết quả thực hiện số hóa hồ sơ TTHC" (the Sơn Trung 2024 report): per unit, dossiers received in the period, those with digitized
 * components, those stored in the electronic data warehouse, the rate, those without; dossiers resolved, those with a
 * digitized result, those whose result is stored in the warehouse, the rate, those without; and the dossiers that
 * reused digitized data. Rates are the KPI service's (two decimals cut), the total's rate too: a report never
 * divides. The warehouse and reuse columns are optional records: where no dossier of the row records one, the cell
 * stays empty and a note line says the system has no data for that column.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
public class DigitizationReport implements TableReport {

    /** The columns (11), (12) and the reuse column: optional records, empty where nothing records them. */
    private static final List<Integer> OPTIONAL = List.of(2, 7, 10);

    private final KpiService kpis;
    private final UnitService units;

    DigitizationReport(KpiService kpis, UnitService units) {
        this.kpis = kpis;
        this.units = units;
    }

    @Override
    public String key() {
        return "DIGITIZATION";
    }

    @Override
    public String filePrefix() {
        return "SoHoaHoSo";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of(Picker.UNIT_LIST);
    }

    /** The units picked, in that order; none picked: every unit with dossiers in the period, catalogue order. */
    @Override
    public ReportTable table(ReportRequest request, ReportTexts t) {
        Map<Long, KpiSet> byUnit = kpis.perUnit(request.period());
        Map<Long, String> names = units.namesById();
        List<Long> chosen = request.unitIds().isEmpty()
                ? names.keySet().stream().filter(byUnit::containsKey).toList()
                : request.unitIds().stream().filter(names::containsKey).toList();
        List<ReportTable.Row> rows = new ArrayList<>();
        PeriodFigures sum = PeriodFigures.EMPTY;
        for (Long id : chosen) {
            KpiSet k = byUnit.get(id);
            if (k == null) {
                k = kpis.ofFigures(request.period(), PeriodFigures.EMPTY);
            }
            rows.add(row(names.get(id), k));
            sum = sum.plus(k.figures());
        }
        ReportTable.Row total = row(t.get("reports.total"), kpis.ofFigures(request.period(), sum));
        List<String> subtitles = new ArrayList<>(
                List.of(t.get("reports.period", VnFormat.date(request.from()), VnFormat.date(request.to()))));
        List<String> headers = headers(t);
        for (int c : OPTIONAL) {
            boolean empty = Stream.concat(rows.stream(), Stream.of(total))
                    .anyMatch(r -> r.values().get(c).equals(ReportValue.noData()));
            if (empty) {
                subtitles.add(t.get("reports.digitization.no-data", headers.get(c)));
            }
        }
        return new ReportTable(t.get("reports.digitization.title"), subtitles, t.get("reports.col.unit"), groups(t),
                rows, total);
    }

    private static ReportTable.Row row(String label, KpiSet k) {
        PeriodFigures f = k.figures();
        return new ReportTable.Row(label, List.of(
                ReportValue.count(f.receivedInPeriod()), ReportValue.count(f.receivedWithDigitizedComponents()),
                ReportValue.countIfRecorded(f.componentsStored(), f.componentsStoredRecorded() > 0),
                KpiReportValues.rate(k.get(Kpi.DIGITIZED_COMPONENTS)),
                ReportValue.count(f.receivedInPeriod() - f.receivedWithDigitizedComponents()),
                ReportValue.count(f.resolved()), ReportValue.count(f.resolvedWithDigitizedResult()),
                ReportValue.countIfRecorded(f.resultsStored(), f.resultsStoredRecorded() > 0),
                KpiReportValues.rate(k.get(Kpi.DIGITIZED_RESULTS)),
                ReportValue.count(f.resolved() - f.resolvedWithDigitizedResult()),
                ReportValue.countIfRecorded(f.reusedData(), f.reusedDataRecorded() > 0)));
    }

    /** Every value column's header, in order. */
    private static List<String> headers(ReportTexts t) {
        return groups(t).stream().flatMap(g -> g.columns().isEmpty() ? Stream.of(g.label())
                : g.columns().stream()).toList();
    }

    private static List<ReportTable.Group> groups(ReportTexts t) {
        return List.of(
                new ReportTable.Group(t.get("reports.digitization.g.components"), List.of(
                        t.get("reports.digitization.received"), t.get("reports.digitization.with-files"),
                        t.get("reports.digitization.components-stored"),
                        t.get("reports.digitization.components-rate"), t.get("reports.digitization.no-components"))),
                new ReportTable.Group(t.get("reports.digitization.g.results"), List.of(
                        t.get("reports.digitization.resolved"), t.get("reports.digitization.with-result"),
                        t.get("reports.digitization.result-stored"),
                        t.get("reports.digitization.results-rate"), t.get("reports.digitization.no-result"))),
                new ReportTable.Group(t.get("reports.digitization.reused"), List.of()));
    }
}
