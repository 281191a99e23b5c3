package vn.hcc.dashboard.pakn;

import java.time.LocalDate;
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
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.Period;

/**
 * The Minh Long 2024 report's appendix V ("Kết quả tiếp nhận, xử lý phản ánh, kiến nghị về TTHC"): received and handled, each as total
 * / about regulations / about conduct, then where every petition of the period stands (on time, late, pending within
 * or past its deadline, hidden). One row per assigned unit that had petitions, in catalogue order, the unassigned
 * ones last. It is the PAKN feature's own report: the reports view finds it as a {@link TableReport} bean.
 *
 * <p>Every count is the PAKN figures service's: appendix V counts only petitions about procedures, the state columns
 * count every petition (the Lương Tài 09/2024 report's month is all local matters: appendix V zero, 17 received); the subtitle says so.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
class PaknReport implements TableReport {

    private final PaknFiguresService figures;
    private final UnitService units;

    PaknReport(PaknFiguresService figures, UnitService units) {
        this.figures = figures;
        this.units = units;
    }

    @Override
    public String key() {
        return "PAKN";
    }

    @Override
    public String filePrefix() {
        return "PhuLucV_PAKN";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of();
    }

    @Override
    public ReportTable table(ReportRequest request, ReportTexts t) {
        LocalDate from = request.from();
        LocalDate to = request.to();
        Map<Long, PaknFigures> perUnit = figures.figuresPerUnit(Period.of(from, to));
        List<ReportTable.Row> rows = new ArrayList<>();
        // catalogue order
        units.namesById().forEach((id, name) -> {
            PaknFigures f = perUnit.get(id);
            if (f != null) {
                rows.add(row(name, f));
            }
        });
        if (perUnit.containsKey(null)) {
            rows.add(row(t.get("reports.pakn.unassigned"), perUnit.get(null)));
        }
        PaknFigures all = figures.figures(Period.of(from, to), null);
        PaknCounts local = all.of(PaknCategory.LOCAL);
        return new ReportTable(t.get("reports.pakn.title"),
                List.of(t.get("reports.period", VnFormat.date(from), VnFormat.date(to)), t.get("reports.pakn.measure"),
                        t.get("reports.pakn.note", VnFormat.number(local.receivedInPeriod()))),
                t.get("reports.col.unit"), groups(t), rows, row(t.get("reports.total"), all));
    }

    private static List<ReportTable.Group> groups(ReportTexts t) {
        List<String> split = List.of(t.get("reports.c.total"), t.get("reports.pakn.c.regulation"),
                t.get("reports.pakn.c.conduct"));
        return List.of(
                new ReportTable.Group(t.get("reports.pakn.g.received"), split),
                new ReportTable.Group(t.get("reports.pakn.g.handled"), split),
                new ReportTable.Group(t.get("reports.pakn.g.all-received"), List.of(t.get("reports.pakn.c.in-period"),
                        t.get("reports.pakn.c.carried-over"))),
                new ReportTable.Group(t.get("reports.pakn.g.all-handled"), List.of(t.get("reports.c.on-time"),
                        t.get("reports.c.late"))),
                new ReportTable.Group(t.get("reports.pakn.g.all-pending"), List.of(t.get("reports.c.not-due"),
                        t.get("reports.c.overdue"))),
                new ReportTable.Group(t.get("reports.pakn.c.hidden"), List.of()));
    }

    private static ReportTable.Row row(String label, PaknFigures f) {
        PaknFigures.AppendixV v = f.appendixV();
        PaknCounts c = f.total();
        return ReportTable.Row.counts(label, List.of(v.receivedTotal(), v.receivedRegulation(), v.receivedConduct(),
                v.handledTotal(), v.handledRegulation(), v.handledConduct(), c.receivedInPeriod(), c.carriedOver(),
                c.handledOnTime(), c.handledLate(), c.pendingWithinDeadline(), c.pendingOverdue(), c.hidden()));
    }
}
