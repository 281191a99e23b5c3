package vn.hcc.dashboard.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.figures.PeriodFiguresService.GroupBy;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.reports.TableReport;

/**
 * Biểu số II.06a/VPCP/KSTT (Circular 01/2020/TT-VPCP, the Sơn Trung 2024 report): one row per field of the catalogue, zeros
 * included, because the form lists every field the unit handles, not only the busy ones. The detail of intake by
 * channel counts the period's own intake (not the carried-over dossiers), as the form's "trong kỳ" columns do.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
public class Bieu06aReport implements TableReport {

    private final PeriodFiguresService figures;
    private final FieldService fields;
    private final UnitService units;

    Bieu06aReport(PeriodFiguresService figures, FieldService fields, UnitService units) {
        this.figures = figures;
        this.fields = fields;
        this.units = units;
    }

    @Override
    public String key() {
        return "BIEU_06A";
    }

    @Override
    public String filePrefix() {
        return "BieuII06a";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of(Picker.REPORTING_UNIT);
    }

    @Override
    public ReportTable table(ReportRequest request, ReportTexts t) {
        return table(request.period(), request.unitId(), t);
    }

    /** The form for one reporting unit, or for the whole center when {@code unitId} is null. */
    public ReportTable table(Period period, Long unitId, ReportTexts t) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        DossierFilter filter = new DossierFilter(unitId, null, null);
        Map<Long, PeriodFigures> byField = figures.grouped(period, filter, GroupBy.FIELD);
        List<ReportTable.Row> rows = fields.namesById().entrySet().stream()
                .map(f -> row(f.getValue(), byField.getOrDefault(f.getKey(), PeriodFigures.EMPTY))).toList();
        String reporting = (unitId == null ? units.center() : units.find(unitId)).map(u -> u.getName())
                .orElse("");
        return new ReportTable(t.get("reports.06a.title"),
                List.of(t.get("reports.form-06a"), t.get("reports.reporting-unit", reporting),
                        t.get("reports.period", VnFormat.date(from), VnFormat.date(to)), t.get("reports.measure")),
                t.get("reports.col.field"), groups(t), rows,
                row(t.get("reports.total"), figures.figures(period, filter)));
    }

    private static List<ReportTable.Group> groups(ReportTexts t) {
        return List.of(
                new ReportTable.Group(t.get("reports.g.received"), List.of(t.get("reports.c.total"),
                        t.get("reports.c.online"), t.get("reports.c.direct"), t.get("reports.c.carried"))),
                new ReportTable.Group(t.get("reports.g.resolved"), List.of(t.get("reports.c.total"),
                        t.get("reports.c.early"), t.get("reports.c.on-time"), t.get("reports.c.late"))),
                new ReportTable.Group(t.get("reports.g.in-progress"), List.of(t.get("reports.c.total"),
                        t.get("reports.c.not-due"), t.get("reports.c.overdue"))),
                new ReportTable.Group(t.get("reports.06a.g.channels"), List.of(t.get("reports.c.in-person"),
                        t.get("reports.06a.c.ordinary-postal"), t.get("reports.06a.c.public-postal"),
                        t.get("reports.06a.c.smartphone"))),
                new ReportTable.Group(t.get("reports.c.withdrawn"), List.of()));
    }

    private static ReportTable.Row row(String label, PeriodFigures f) {
        return ReportTable.Row.counts(label, List.of(f.received(), f.receivedOnline(), f.receivedDirect(),
                f.carriedOver(), f.resolved(), f.resolvedEarly(), f.resolvedOnTime(), f.resolvedLate(),
                f.inProgress(), f.inProgressNotDue(), f.inProgressOverdue(), f.receivedInPerson(),
                f.receivedOrdinaryPostal(), f.receivedPublicPostal(), f.receivedSmartphone(), f.withdrawn()));
    }
}
