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
 * The equipment inventory as it stands today, one row per item (the Center owns tens of items, so it fits in memory):
 * type, name, quantity, place, status, dates and notes. Names, places and notes are typed by users and written as
 * inert text; the total row sums the quantities. The equipment feature's own report, found by the reports view as a
 * {@link TableReport} bean.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.REPORT_EXPORT)
class InventoryReport implements TableReport {

    private final EquipmentService equipment;
    private final Clock clock;

    InventoryReport(EquipmentService equipment, Clock clock) {
        this.equipment = equipment;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "EQUIPMENT";
    }

    @Override
    public String filePrefix() {
        return "KiemKeThietBi";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public Set<Picker> pickers() {
        return Set.of();
    }

    /** The inventory has no history: it is always today's. */
    @Override
    public Dates dates() {
        return Dates.CURRENT;
    }

    @Override
    public ReportTable table(ReportRequest request, ReportTexts t) {
        List<InventoryRow> items = equipment.inventoryRows(EquipmentFilter.ALL);
        List<ReportTable.Row> rows = items.stream().map(r -> row(r, t)).toList();
        List<ReportTable.Group> groups = List.of(
                single(t, "equipment.type"), single(t, "reports.equipment.c.quantity"),
                single(t, "reports.equipment.c.place"), single(t, "equipment.status"),
                single(t, "reports.equipment.c.acquired"), single(t, "reports.equipment.c.warranty"),
                single(t, "reports.equipment.c.notes"));
        ReportTable.Row total = new ReportTable.Row(t.get("reports.total"), List.of(ReportValue.text(""),
                // the rows' sum, as the SUM formula in the file computes it
                ReportValue.count(items.stream().mapToLong(InventoryRow::quantity).sum()),
                ReportValue.text(""), ReportValue.text(""), ReportValue.text(""), ReportValue.text(""),
                ReportValue.text("")));
        return new ReportTable(t.get("reports.equipment.title"),
                List.of(t.get("reports.as-of", VnFormat.date(LocalDate.now(clock)))),
                t.get("reports.equipment.c.name"), groups, rows, total);
    }

    private static ReportTable.Group single(ReportTexts t, String key) {
        return new ReportTable.Group(t.get(key), List.of());
    }

    private static ReportTable.Row row(InventoryRow r, ReportTexts t) {
        return new ReportTable.Row(r.name(), List.of(
                ReportValue.text(t.get("equipment.type." + r.type().name())),
                ReportValue.count(r.quantity()),
                ReportValue.text(r.place()),
                ReportValue.text(t.get("equipment.status." + r.status().name())),
                new ReportValue.Day(r.acquiredOn()),
                new ReportValue.Day(r.warrantyUntil()),
                ReportValue.text(r.notes())));
    }
}
