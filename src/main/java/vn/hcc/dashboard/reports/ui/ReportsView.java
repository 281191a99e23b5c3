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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.base.ui.AppLocales;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.reports.LetterheadService;
import vn.hcc.dashboard.reports.ReportDefinition.Picker;
import vn.hcc.dashboard.reports.ReportDefinition;
import vn.hcc.dashboard.reports.ReportExports;
import vn.hcc.dashboard.reports.ReportHeading;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTexts;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/**
 * Leadership picks a report, a period (a preset or any range) and the units, checks the table in the grid, then
 * downloads the same table as .xlsx. The reports are every {@link ReportDefinition} bean that is available; the
 * download rebuilds the report at click time, so the file always matches the choices on screen. A report of one day
 * shows only its "as of" date, a report of today's state no date at all. {@code /reports?report=STAFF} opens with
 * that report chosen: the feature views link here by URL, without depending on this package. The view knows only
 * {@link ReportDefinition}: the pickers, the dates and the grid all follow what the report declares, so a feature
 * adds a report without a change here.
 */
@Route("reports")
@Menu(title = "nav.reports.forms", order = 400, icon = "FILE_TABLE")
@PermitAll
@Requires(Permission.REPORT_EXPORT)
class ReportsView extends VerticalLayout implements BeforeEnterObserver, MenuTitled {

    /** The query parameter naming the report to open with ({@link ReportDefinition#key()}). */
    static final String REPORT_PARAMETER = "report";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Clock clock;
    private final LetterheadService letterheads;
    private final ReportExports exports;
    private final Select<ReportDefinition> kind = new Select<>();
    private final Select<PeriodPreset> preset = new Select<>();
    private final VnDatePicker from = new VnDatePicker(getTranslation("reports.from"));
    private final VnDatePicker to = new VnDatePicker(getTranslation("reports.to"));
    private final ComboBox<Unit> reportingUnit = new ComboBox<>(getTranslation("reports.unit"));
    private final MultiSelectComboBox<Unit> units = new MultiSelectComboBox<>(getTranslation("reports.units"));
    private final ChoicePicker choice = new ChoicePicker();
    private final Span error = new Span();
    private final VerticalLayout gridHolder = new VerticalLayout();
    private final Span current = new Span();
    private final Anchor download;
    private final List<ReportDefinition> offered;
    private boolean applyingPreset;

    ReportsView(List<ReportDefinition> reports, UnitService unitService, LetterheadService letterheads, Clock clock,
            ReportExports exports) {
        this.clock = clock;
        this.letterheads = letterheads;
        this.exports = exports;
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
        preset.setItemLabelGenerator(p -> getTranslation("period.preset." + p.name()));
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
        current.setId("report-current");
        current.setText(getTranslation("reports.current"));
        error.setId("report-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        download = downloadLink();
        download.setId("report-download");
        HorizontalLayout filters = new HorizontalLayout(kind, preset, from, to, current, reportingUnit, units, choice,
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
        choice.onChange(this::refresh);
        refresh();
    }

    /**
     * {@code ?report=KEY} chooses that report when it is offered; anything else keeps the first one. A view that
     * links to a report's rows for its own choices (the scorecard's drill-down) adds {@code from}, {@code to}
     * (yyyy-MM-dd), {@code unit} (the reporting unit's id) and {@code choice}; a value that does not parse or is not
     * offered is ignored, and a period ending after today is refused at the field as if typed.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        parameters.getSingleParameter(REPORT_PARAMETER).flatMap(key -> offered.stream()
                .filter(r -> r.key().equals(key)).findFirst()).ifPresent(kind::setValue);
        Optional<LocalDate> start = parameters.getSingleParameter("from").flatMap(ReportsView::day);
        Optional<LocalDate> end = parameters.getSingleParameter("to").flatMap(ReportsView::day);
        if (start.isPresent() && end.isPresent()) {
            applyingPreset = true;
            preset.setValue(PeriodPreset.CUSTOM);
            from.setValue(start.get());
            to.setValue(end.get());
            applyingPreset = false;
        }
        parameters.getSingleParameter("unit").flatMap(id -> reportingUnit.getListDataView().getItems()
                .filter(u -> String.valueOf(u.getId()).equals(id)).findFirst()).ifPresent(reportingUnit::setValue);
        parameters.getSingleParameter("choice").ifPresent(choice::choose);
        refresh();
    }

    private static Optional<LocalDate> day(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void applyPreset() {
        Period period = preset.getValue() == null ? null : preset.getValue().period(today());
        if (period != null) {
            applyingPreset = true;
            from.setValue(period.from());
            to.setValue(period.to());
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
            preset.setValue(!to.getValue().isBefore(from.getValue())
                    ? PeriodPreset.matching(Period.of(from.getValue(), to.getValue()), today()) : PeriodPreset.CUSTOM);
            applyingPreset = false;
        }
        refresh();
    }

    /**
     * The choices on screen, or null when the period is incomplete, reversed or ends after today (a report is made
     * on a day and counts "in progress" and "overdue" at its last day); {@link #periodError} says which.
     */
    private ReportRequest request() {
        Period period = period();
        if (period == null) {
            return null;
        }
        Unit u = reportingUnit.getValue();
        return new ReportRequest(period, u == null ? null : u.getId(), units.getValue().stream().map(Unit::getId)
                .toList(), choice.chosen());
    }

    private ReportDefinition.Dates periodKind() {
        return kind.getValue() == null ? ReportDefinition.Dates.RANGE : kind.getValue().dates();
    }

    private Period period() {
        return switch (periodKind()) {
            case CURRENT -> Period.day(today());
            case AS_OF -> to.getValue() == null || to.getValue().isAfter(today()) ? null : Period.day(to.getValue());
            case RANGE -> periodError() == null ? Period.of(from.getValue(), to.getValue()) : null;
        };
    }

    /** The translation key of what is wrong with the dates on screen, {@code null} when they make a period. */
    private String periodError() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        if (periodKind() == ReportDefinition.Dates.CURRENT) {
            return null;
        }
        if (t == null || (periodKind() == ReportDefinition.Dates.RANGE && f == null)) {
            return "reports.bad-period";
        }
        if (t.isAfter(today())) {
            return "period.error.after-today";
        }
        return periodKind() == ReportDefinition.Dates.RANGE && t.isBefore(f) ? "reports.bad-period" : null;
    }

    private void refresh() {
        if (applyingPreset) {
            return;
        }
        ReportDefinition report = kind.getValue();
        boolean none = report == null;
        reportingUnit.setVisible(!none && report.pickers().contains(Picker.REPORTING_UNIT));
        units.setVisible(!none && report.pickers().contains(Picker.UNIT_LIST));
        choice.show(report, this::getTranslation);
        ReportDefinition.Dates period = periodKind();
        preset.setVisible(period == ReportDefinition.Dates.RANGE);
        from.setVisible(period == ReportDefinition.Dates.RANGE);
        to.setVisible(period != ReportDefinition.Dates.CURRENT);
        to.setLabel(getTranslation(period == ReportDefinition.Dates.AS_OF ? "reports.as-of.date" : "reports.to"));
        current.setVisible(period == ReportDefinition.Dates.CURRENT);
        from.setMax(today());
        to.setMax(today());
        ReportRequest request = request();
        String problem = periodError();
        error.setText(problem == null ? "" : getTranslation(problem));
        to.setInvalid(problem != null);
        to.setErrorMessage(problem == null ? null : getTranslation(problem));
        download.setEnabled(request != null && !none);
        gridHolder.removeAll();
        if (request == null || none) {
            return;
        }
        gridHolder.add(ReportGrids.of(report.preview(request, this::getTranslation)));
    }

    /**
     * The download runs in its own request, where no UI is current: the choices and the language are read from this
     * view under the session lock, and every text is translated into the language of the user who clicked.
     */
    private Anchor downloadLink() {
        DownloadHandler handler = event -> {
            ReportDefinition report;
            ReportRequest request;
            Locale locale;
            event.getSession().lock();
            try {
                report = kind.getValue();
                request = request();
                locale = event.getUI() == null ? AppLocales.VIETNAMESE : event.getUI().getLocale();
            } finally {
                event.getSession().unlock();
            }
            if (request == null || report == null) {
                throw new IllegalStateException("no valid period chosen");
            }
            ReportTexts t = (key, args) -> getTranslation(locale, key, args);
            event.setFileName(report.fileName(request.period()));
            event.setContentType(XLSX);
            String sheet = t.get("reports.sheet." + report.key());
            ReportHeading heading = letterheads.heading(request.unitId(), t);
            try (OutputStream out = event.getOutputStream()) {
                exports.write(report, request, t, heading, sheet, out);
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
