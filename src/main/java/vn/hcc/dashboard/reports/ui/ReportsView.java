package vn.hcc.dashboard.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.reports.Bieu06aReport;
import vn.hcc.dashboard.reports.ReportKind;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportWorkbook;
import vn.hcc.dashboard.reports.UnitTableReport;
import vn.hcc.dashboard.security.Role;

/**
 * Leadership picks a form and a period, checks the table in the grid, then downloads the same table as .xlsx. The
 * download rebuilds the table at click time, so the file always matches the choices on screen.
 */
@Route("reports")
@PageTitle("Báo cáo theo biểu mẫu")
@Menu(title = "nav.reports.forms", order = 400, icon = "FILE_TABLE")
@RolesAllowed({Role.Names.LEADER, Role.Names.DIRECTOR, Role.Names.ADMIN})
class ReportsView extends VerticalLayout {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Bieu06aReport bieu06a;
    private final UnitTableReport unitTable;
    private final Select<ReportKind> kind = new Select<>();
    private final VnDatePicker from = new VnDatePicker(getTranslation("reports.from"));
    private final VnDatePicker to = new VnDatePicker(getTranslation("reports.to"));
    private final ComboBox<Unit> reportingUnit = new ComboBox<>(getTranslation("reports.unit"));
    private final MultiSelectComboBox<Unit> units = new MultiSelectComboBox<>(getTranslation("reports.units"));
    private final Span error = new Span();
    private final VerticalLayout gridHolder = new VerticalLayout();
    private final Anchor download;

    ReportsView(Bieu06aReport bieu06a, UnitTableReport unitTable, UnitService unitService) {
        this.bieu06a = bieu06a;
        this.unitTable = unitTable;
        setSizeFull();
        kind.setId("report-kind");
        kind.setLabel(getTranslation("reports.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("reports.kind." + k.name()));
        kind.setValue(ReportKind.BIEU_06A);
        kind.setWidth("28em");
        LocalDate today = LocalDate.now();
        from.setId("report-from");
        to.setId("report-to");
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today);
        List<Unit> all = unitService.listAll();
        reportingUnit.setId("report-unit");
        reportingUnit.setItems(all);
        reportingUnit.setItemLabelGenerator(Unit::getName);
        reportingUnit.setPlaceholder(getTranslation("reports.whole-center"));
        reportingUnit.setClearButtonVisible(true);
        units.setId("report-units");
        units.setItems(all);
        units.setItemLabelGenerator(Unit::getName);
        error.setId("report-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        download = downloadLink();
        download.setId("report-download");
        HorizontalLayout filters = new HorizontalLayout(kind, from, to, reportingUnit, units, download);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        gridHolder.setPadding(false);
        gridHolder.setSizeFull();
        add(filters, error, gridHolder);
        kind.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        reportingUnit.addValueChangeListener(e -> refresh());
        units.addValueChangeListener(e -> refresh());
        refresh();
    }

    /** The table for the current choices, or null when the period is incomplete or reversed. */
    private ReportTable table() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        if (f == null || t == null || t.isBefore(f)) {
            return null;
        }
        if (kind.getValue() == ReportKind.UNIT_TABLE) {
            return unitTable.table(f, t, units.getValue().stream().map(Unit::getId).toList(), this::getTranslation);
        }
        Unit u = reportingUnit.getValue();
        return bieu06a.table(f, t, u == null ? null : u.getId(), this::getTranslation);
    }

    private void refresh() {
        boolean byUnit = kind.getValue() == ReportKind.UNIT_TABLE;
        reportingUnit.setVisible(!byUnit);
        units.setVisible(byUnit);
        ReportTable table = table();
        error.setText(table == null ? getTranslation("reports.bad-period") : "");
        download.setEnabled(table != null);
        gridHolder.removeAll();
        if (table != null) {
            gridHolder.add(grid(table));
        }
    }

    /** Items are row indexes, so two units with the same name and figures still get their own STT. */
    private static Grid<Integer> grid(ReportTable table) {
        Grid<Integer> grid = new Grid<>();
        grid.setId("report-grid");
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
        List<ReportTable.Row> rows = table.rows();
        grid.addColumn(i -> String.valueOf(i + 1)).setKey("stt")
                .setHeader("STT").setWidth("4em").setFlexGrow(0);
        grid.addColumn(i -> rows.get(i).label()).setKey("label").setHeader(table.labelHeader())
                .setFooter(table.total().label()).setWidth("18em").setFlexGrow(0).setFrozen(true);
        List<Grid.Column<Integer>> valueColumns = new ArrayList<>();
        int c = 0;
        for (ReportTable.Group g : table.groups()) {
            List<String> names = g.columns().isEmpty() ? List.of(g.label()) : g.columns();
            for (String name : names) {
                int index = c++;
                valueColumns.add(grid.addColumn(i -> VnFormat.number(rows.get(i).values().get(index))).setKey("v" + index)
                        .setHeader(name).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                        .setFooter(VnFormat.number(table.total().values().get(index))));
            }
        }
        HeaderRow top = grid.prependHeaderRow();
        c = 0;
        for (ReportTable.Group g : table.groups()) {
            if (g.columns().size() > 1) {
                top.join(valueColumns.subList(c, c + g.width()).toArray(Grid.Column[]::new)).setText(g.label());
            }
            c += g.width();
        }
        grid.setItems(java.util.stream.IntStream.range(0, rows.size()).boxed().toList());
        return grid;
    }

    private Anchor downloadLink() {
        DownloadHandler handler = event -> {
            ReportTable table = table();
            if (table == null) {
                throw new IllegalStateException("no valid period chosen");
            }
            event.setFileName(table.kind().fileName(from.getValue(), to.getValue()));
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                ReportWorkbook.write(table, getTranslation("reports.sheet." + table.kind().name()), out);
            }
        };
        Anchor anchor = new Anchor(handler, getTranslation("reports.download"));
        var icon = VaadinIcon.DOWNLOAD.create();
        icon.setSize("var(--lumo-icon-size-s)");
        anchor.addComponentAsFirst(icon);
        anchor.getStyle().set("display", "inline-flex").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)");
        return anchor;
    }
}
