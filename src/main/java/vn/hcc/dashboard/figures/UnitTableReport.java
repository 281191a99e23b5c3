package vn.hcc.dashboard.figures;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.VnFormat;
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
 * The per-unit table of the Lương Tài 09/2024 report (departments, or communes): one row per unit asked for, in catalogue order, zeros
 * included; the total is the sum of the period figures of those units.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
public class UnitTableReport implements TableReport {

    private final PeriodFiguresService figures;
    private final UnitService units;

    UnitTableReport(PeriodFiguresService figures, UnitService units) {
        this.figures = figures;
        this.units = units;
    }

    @Override
    public String key() {
        return "UNIT_TABLE";
    }

    @Override
    public String filePrefix() {
        return "BangTheoDonVi";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of(Picker.UNIT_LIST);
    }

    @Override
    public ReportTable table(ReportRequest request, ReportTexts t) {
        return table(request.period(), request.unitIds(), t);
    }

    /** The table for the given unit ids in the given order; an empty collection means every active unit. */
    public ReportTable table(Period period, Collection<Long> unitIds, ReportTexts t) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        Map<Long, PeriodFigures> byUnit = figures.grouped(period, DossierFilter.ALL, GroupBy.UNIT);
        Map<Long, String> names = unitIds.isEmpty() ? units.activeNamesById() : units.namesById();
        // the caller's order, so a table can follow the order of the printed form
        List<Long> chosen = unitIds.isEmpty() ? List.copyOf(names.keySet())
                : unitIds.stream().filter(names::containsKey).toList();
        List<PeriodFigures> each = chosen.stream().map(id -> byUnit.getOrDefault(id, PeriodFigures.EMPTY)).toList();
        List<ReportTable.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            rows.add(row(names.get(chosen.get(i)), each.get(i)));
        }
        PeriodFigures total = each.stream().reduce(PeriodFigures.EMPTY, PeriodFigures::plus);
        return new ReportTable(t.get("reports.unit.title"),
                List.of(t.get("reports.period", VnFormat.date(from), VnFormat.date(to)), t.get("reports.measure")),
                t.get("reports.col.unit"), groups(t), rows, row(t.get("reports.total"), total));
    }

    private static List<ReportTable.Group> groups(ReportTexts t) {
        return List.of(
                new ReportTable.Group(t.get("reports.g.received"), List.of(t.get("reports.c.total"),
                        t.get("reports.c.in-person"), t.get("reports.c.online"))),
                new ReportTable.Group(t.get("reports.g.resolved"), List.of(t.get("reports.c.total"),
                        t.get("reports.c.early"), t.get("reports.c.on-time"), t.get("reports.c.late"))),
                new ReportTable.Group(t.get("reports.g.in-progress"), List.of(t.get("reports.c.total"),
                        t.get("reports.c.not-due"), t.get("reports.c.overdue"))),
                new ReportTable.Group(t.get("reports.g.suspended"), List.of(t.get("reports.c.supplement"),
                        t.get("reports.c.financial"), t.get("reports.c.other"))),
                new ReportTable.Group(t.get("reports.g.cancelled"), List.of(t.get("reports.c.refused"),
                        t.get("reports.c.withdrawn"))),
                new ReportTable.Group(t.get("reports.c.with-fee"), List.of()),
                new ReportTable.Group(t.get("reports.c.paid-online"), List.of()),
                new ReportTable.Group(t.get("reports.c.paid-in-person"), List.of()),
                new ReportTable.Group(t.get("reports.c.digitized"), List.of()));
    }

    private static ReportTable.Row row(String label, PeriodFigures f) {
        return ReportTable.Row.counts(label, List.of(f.received(), f.receivedDirect(), f.receivedOnline(),
                f.resolved(), f.resolvedEarly(), f.resolvedOnTime(), f.resolvedLate(),
                f.inProgress(), f.inProgressNotDue(), f.inProgressOverdue(),
                f.suspendedSupplement(), f.suspendedFinancial(), f.suspendedOther(), f.refused(), f.withdrawn(),
                f.resolvedWithFee(), f.resolvedPaidOnline(), f.resolvedPaidInPerson(),
                f.resolvedWithDigitizedResult()));
    }
}
