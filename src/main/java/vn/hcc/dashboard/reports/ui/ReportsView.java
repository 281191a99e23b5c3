package vn.hcc.dashboard.reports.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.reports.ListReport;
import vn.hcc.dashboard.reports.PeriodPreset;
import vn.hcc.dashboard.reports.ReportDefinition.Period;
import vn.hcc.dashboard.reports.ReportDefinition.Picker;
import vn.hcc.dashboard.reports.ReportDefinition;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportWorkbook;
import vn.hcc.dashboard.reports.TableReport;
import vn.hcc.dashboard.security.Role;

/**
 * Leadership picks a report, a period (a preset or any range) and the units, checks the table in the grid, then
 * downloads the same table as .xlsx. The reports are every {@link ReportDefinition} bean that is available; the
 * download rebuilds the report at click time, so the file always matches the choices on screen. A report of one day
 * shows only its "as of" date, a report of today's state no date at all. {@code /reports?report=STAFF} opens with
 * that report chosen: the feature views link here by URL, without depending on this package.
 */
@Route("reports")
@PageTitle("Báo cáo theo biểu mẫu")
@Menu(title = "nav.reports.forms", order = 400, icon = "FILE_TABLE")
@RolesAllowed({Role.Names.LEADER, Role.Names.DIRECTOR, Role.Names.ADMIN})
class ReportsView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter naming the report to open with ({@link ReportDefinition#key()}). */
    static final String REPORT_PARAMETER = "report";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Clock clock;
    private final Select<ReportDefinition> kind = new Select<>();
    private final Select<PeriodPreset> preset = new Select<>();
    private final VnDatePicker from = new VnDatePicker(getTranslation("reports.from"));
    private final VnDatePicker to = new VnDatePicker(getTranslation("reports.to"));
    private final ComboBox<Unit> reportingUnit = new ComboBox<>(getTranslation("reports.unit"));
    private final MultiSelectComboBox<Unit> units = new MultiSelectComboBox<>(getTranslation("reports.units"));
    private final Select<DossierStatus> status = new Select<>();
    private final Span error = new Span();
    private final VerticalLayout gridHolder = new VerticalLayout();
    private final Span current = new Span();
    private final Anchor download;
    private final List<ReportDefinition> offered;
    private boolean applyingPreset;

    ReportsView(List<ReportDefinition> reports, UnitService unitService, Clock clock) {
        this.clock = clock;
        setSizeFull();
        kind.setId("report-kind");
        kind.setLabel(getTranslation("reports.kind"));
        offered = reports.stream().filter(ReportDefinition::available)
                .sorted(Comparator.comparingInt(ReportDefinition::order)).toList();
        kind.setItems(offered);
        kind.setItemLabelGenerator(r -> getTranslation("reports.kind." + r.key()));
        kind.setWidth("30rem");
        preset.setId("report-preset");
        preset.setLabel(getTranslation("reports.preset"));
        preset.setItems(PeriodPreset.values());
        preset.setItemLabelGenerator(p -> getTranslation("reports.preset." + p.name()));
        from.setId("report-from");
        to.setId("report-to");
        List<Unit> all = unitService.listAll();
        reportingUnit.setId("report-unit");
        reportingUnit.setItems(all);
        reportingUnit.setItemLabelGenerator(Unit::getName);
        reportingUnit.setPlaceholder(getTranslation("reports.whole-center"));
        reportingUnit.setClearButtonVisible(true);
        units.setId("report-units");
        units.setItems(all);
        units.setItemLabelGenerator(Unit::getName);
        status.setId("report-status");
        status.setLabel(getTranslation("reports.status"));
        status.setItems(DossierStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("reports.status.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("reports.status.all")
                : getTranslation("dossier.status." + s.name()));
        current.setId("report-current");
        current.setText(getTranslation("reports.current"));
        error.setId("report-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        download = downloadLink();
        download.setId("report-download");
        HorizontalLayout filters = new HorizontalLayout(kind, preset, from, to, current, reportingUnit, units, status,
                download);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        gridHolder.setPadding(false);
        gridHolder.setSizeFull();
        add(filters, error, gridHolder);
        if (!offered.isEmpty()) {
            kind.setValue(offered.getFirst());
        }
        preset.setValue(PeriodPreset.THIS_MONTH);
        applyPreset();
        kind.addValueChangeListener(e -> refresh());
        preset.addValueChangeListener(e -> {
            applyPreset();
            refresh();
        });
        from.addValueChangeListener(e -> datesEdited());
        to.addValueChangeListener(e -> datesEdited());
        reportingUnit.addValueChangeListener(e -> refresh());
        units.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        refresh();
    }

    /** {@code ?report=KEY} chooses that report when it is offered; anything else keeps the first one. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(REPORT_PARAMETER).flatMap(key -> offered.stream()
                .filter(r -> r.key().equals(key)).findFirst()).ifPresent(kind::setValue);
    }

    private void applyPreset() {
        LocalDate[] range = preset.getValue() == null ? null : preset.getValue().range(LocalDate.now(clock));
        if (range != null) {
            applyingPreset = true;
            from.setValue(range[0]);
            to.setValue(range[1]);
            applyingPreset = false;
        }
    }

    /** A date typed by hand makes the period custom, unless it happens to be a preset's range. */
    private void datesEdited() {
        if (applyingPreset) {
            return;
        }
        if (from.getValue() != null && to.getValue() != null) {
            applyingPreset = true;
            preset.setValue(PeriodPreset.matching(from.getValue(), to.getValue(), LocalDate.now(clock)));
            applyingPreset = false;
        }
        refresh();
    }

    /** The choices on screen, or null when the period is incomplete or reversed. */
    private ReportRequest request() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        Period period = kind.getValue() == null ? Period.RANGE : kind.getValue().period();
        if (period == Period.CURRENT) {
            f = LocalDate.now(clock);
            t = f;
        } else if (period == Period.AS_OF) {
            if (t == null) {
                return null;
            }
            f = t;
        } else if (f == null || t == null || t.isBefore(f)) {
            return null;
        }
        Unit u = reportingUnit.getValue();
        return new ReportRequest(f, t, u == null ? null : u.getId(), units.getValue().stream().map(Unit::getId)
                .toList(), status.getValue());
    }

    private void refresh() {
        if (applyingPreset) {
            return;
        }
        ReportDefinition report = kind.getValue();
        boolean none = report == null;
        reportingUnit.setVisible(!none && report.pickers().contains(Picker.REPORTING_UNIT));
        units.setVisible(!none && report.pickers().contains(Picker.UNIT_LIST));
        status.setVisible(!none && report.pickers().contains(Picker.DOSSIER_STATUS));
        Period period = none ? Period.RANGE : report.period();
        preset.setVisible(period == Period.RANGE);
        from.setVisible(period == Period.RANGE);
        to.setVisible(period != Period.CURRENT);
        to.setLabel(getTranslation(period == Period.AS_OF ? "reports.as-of.date" : "reports.to"));
        current.setVisible(period == Period.CURRENT);
        ReportRequest request = request();
        error.setText(request == null ? getTranslation("reports.bad-period") : "");
        download.setEnabled(request != null && !none);
        gridHolder.removeAll();
        if (request == null || none) {
            return;
        }
        switch (report) {
            case TableReport t -> gridHolder.add(ReportGrids.table(t.table(request, this::getTranslation)));
            case ListReport l -> gridHolder.add(ReportGrids.list(l, request, this::getTranslation));
            default -> throw new IllegalStateException("unknown kind of report " + report.key());
        }
    }

    private Anchor downloadLink() {
        DownloadHandler handler = event -> {
            ReportDefinition report = kind.getValue();
            ReportRequest request = request();
            if (request == null || report == null) {
                throw new IllegalStateException("no valid period chosen");
            }
            event.setFileName(report.fileName(request.from(), request.to()));
            event.setContentType(XLSX);
            String sheet = getTranslation("reports.sheet." + report.key());
            try (OutputStream out = event.getOutputStream()) {
                switch (report) {
                    case TableReport t -> ReportWorkbook.write(t.table(request, this::getTranslation), sheet, out);
                    case ListReport l -> ReportWorkbook.writeRows(l.header(request, this::getTranslation), sheet,
                            sink -> l.forEach(request, this::getTranslation, sink), out);
                    default -> throw new IllegalStateException("unknown kind of report " + report.key());
                }
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
