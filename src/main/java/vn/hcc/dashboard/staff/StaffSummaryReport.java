package vn.hcc.dashboard.staff;

import java.util.List;
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

/**
 * The staff counts by employment type on one day, in both reports' layouts side by side: the Kim Thành Q3/2025
 * report's "12 = 10 cán bộ, công chức + 02 nhân viên hỗ trợ" and the Ba Vì 2024 report's appendix (civil servants:
 * total / on the establishment or seconded / sent by the departments). All counts are {@link StaffService#summary}'s.
 * The staff feature's own report: the reports view finds it as a {@link TableReport} bean; the staff view links to it
 * by URL.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
class StaffSummaryReport implements TableReport {

    private final StaffService staff;
    private final UnitService units;

    StaffSummaryReport(StaffService staff, UnitService units) {
        this.staff = staff;
        this.units = units;
    }

    @Override
    public String key() {
        return "STAFF";
    }

    @Override
    public String filePrefix() {
        return "SoLuongCanBo";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of();
    }

    /** Counted on the chosen day: the staff active that day. */
    @Override
    public Dates dates() {
        return Dates.AS_OF;
    }

    @Override
    public ReportTable table(ReportRequest request, ReportTexts t) {
        StaffSummary s = staff.summary(request.to());
        String center = units.center().map(u -> u.getName()).orElse(t.get("reports.staff.center"));
        List<ReportTable.Group> groups = List.of(
                new ReportTable.Group(t.get("reports.staff.g.all"), List.of(t.get("reports.c.total"),
                        t.get("reports.staff.c.civil-servants"), t.get("reports.staff.c.support"))),
                new ReportTable.Group(t.get("reports.staff.g.appendix"), List.of(t.get("reports.c.total"),
                        t.get("reports.staff.c.own"), t.get("reports.staff.c.sent"),
                        t.get("reports.staff.c.concurrent"))));
        ReportTable.Row row = ReportTable.Row.counts(center, List.of(s.total(), s.civilServants(),
                s.supportWorkers(), s.civilServants(), s.ownStaff(), s.sentByDepartments(), s.concurrentOwn()));
        return new ReportTable(t.get("reports.staff.title"),
                List.of(t.get("reports.as-of", VnFormat.date(s.asOf())), t.get("reports.staff.measure")),
                t.get("reports.col.unit"), groups, List.of(row), null);
    }
}
