package vn.hcc.dashboard.equipment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.TableReport;
import vn.hcc.dashboard.reports.ReportValue;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The Decree 61/2018 Art. 13 checklist as it stands today: per item the Center's rule, what it requires with the
 * counters now open, what is present in working order, and met or missing N — all from {@link ChecklistService}.
 * No total row: computers, seats and signatures do not add up. The equipment feature's own report, found by the
 * reports view as a {@link TableReport} bean.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
class ChecklistReport implements TableReport {

    private final ChecklistService checklist;
    private final Clock clock;

    ChecklistReport(ChecklistService checklist, Clock clock) {
        this.checklist = checklist;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "CHECKLIST";
    }

    @Override
    public String filePrefix() {
        return "TrangThietBiDieu13";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of();
    }

    @Override
    public Dates dates() {
        return Dates.CURRENT;
    }

    @Override
    public ReportTable table(ReportRequest request, ReportTexts t) {
        List<ChecklistLine> lines = checklist.checklist();
        List<ReportTable.Row> rows = lines.stream().map(l -> new ReportTable.Row(
                t.get("equipment.type." + l.type().name()), List.of(
                        ReportValue.count(l.fixedCount()), ReportValue.count(l.perCounter()),
                        ReportValue.count(l.activeCounters()), ReportValue.count(l.required()),
                        ReportValue.count(l.present()),
                        ReportValue.text(l.met() ? t.get("checklist.met") : t.get("checklist.missing",
                                VnFormat.number(l.missing())))))).toList();
        List<ReportTable.Group> groups = List.of(
                new ReportTable.Group(t.get("checklist.rule"), List.of(t.get("checklist.fixed"),
                        t.get("checklist.per-counter"), t.get("reports.checklist.c.counters"))),
                new ReportTable.Group(t.get("checklist.required"), List.of()),
                new ReportTable.Group(t.get("checklist.present"), List.of()),
                new ReportTable.Group(t.get("checklist.result"), List.of()));
        // a report title prints in capitals, as every official form does
        return new ReportTable(t.get("checklist.title").toUpperCase(java.util.Locale.forLanguageTag("vi")),
                List.of(t.get("reports.as-of", VnFormat.date(LocalDate.now(clock))),
                        t.get(checklist.allMet() ? "reports.checklist.all-met" : "reports.checklist.not-met")),
                t.get("checklist.item"), groups, rows, null);
    }
}
