package vn.hcc.dashboard.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.hcc.dashboard.audit.AuditEntry;
import vn.hcc.dashboard.audit.AuditFilter;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.audit.Change;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.AppLocales;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The audit trail, newest first, paged from the database: filtered by period (a preset or any range), record type,
 * actor and a text of the label or the record's id; a selected entry shows each changed field before → after, and the
 * filtered entries download as an Excel file.
 */
@Route("admin/audit")
@Menu(title = "nav.admin.audit", order = 580, icon = "CLIPBOARD_TEXT")
@PermitAll
@Requires(Permission.AUDIT_VIEW)
class AuditView extends VerticalLayout implements MenuTitled {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final AuditService audit;
    private final Clock clock;
    final Select<PeriodPreset> preset = new Select<>();
    final VnDatePicker from = new VnDatePicker(null);
    final VnDatePicker to = new VnDatePicker(null);
    final Select<AuditedType> type = new Select<>();
    final TextField actor = new TextField();
    final TextField text = new TextField();
    final Grid<AuditEntry> grid = new Grid<>();
    final Grid<Map.Entry<String, Change>> details = new Grid<>();
    private final H4 detailsTitle = new H4();
    private AuditFilter filter;

    AuditView(AuditService audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
        setSizeFull();
        preset.setId("audit-preset");
        preset.setLabel(getTranslation("reports.preset"));
        preset.setItems(PeriodPreset.values());
        preset.setItemLabelGenerator(p -> getTranslation("period.preset." + p.name()));
        from.setId("audit-from");
        from.setLabel(getTranslation("reports.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("reports.to"));
        type.setId("audit-type");
        type.setLabel(getTranslation("audit.column.type"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("audit.type.all"));
        type.setItems(AuditedType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("audit.type.all")
                : getTranslation("audit.type." + t.name()));
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.column.actor"));
        text.setId("audit-text");
        text.setLabel(getTranslation("audit.search"));
        for (TextField f : List.of(actor, text)) {
            f.setClearButtonVisible(true);
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> refresh());
        }
        HorizontalLayout filters = new HorizontalLayout(preset, from, to, type, actor, text, downloadLink());
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        columns();
        VerticalLayout panel = new VerticalLayout(detailsTitle, details);
        panel.setPadding(false);
        panel.setWidth("40%");
        HorizontalLayout body = new HorizontalLayout(grid, panel);
        body.setSizeFull();
        grid.setSizeFull();
        add(filters, body);
        setFlexGrow(1, body);
        preset.setValue(PeriodPreset.THIS_MONTH);
        periodFromPreset();
        preset.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != PeriodPreset.CUSTOM) {
                periodFromPreset();
            }
        });
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        grid.setItems(q -> audit.search(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) audit.count(filter));
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        refresh();
    }

    private void columns() {
        grid.addColumn(e -> VnFormat.dateTime(e.getAt())).setKey("at").setHeader(getTranslation("audit.column.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getActor).setKey("actor").setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> getTranslation("audit.type." + e.getType().name())).setKey("type")
                .setHeader(getTranslation("audit.column.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::getLabel).setKey("label").setHeader(getTranslation("audit.column.label"));
        grid.addColumn(e -> getTranslation("audit.action." + e.getAction().name())).setKey("action")
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        details.addColumn(Map.Entry::getKey).setKey("field").setHeader(getTranslation("audit.field"));
        details.addColumn(e -> shown(e.getValue().before())).setKey("before").setHeader(getTranslation("audit.before"));
        details.addColumn(e -> shown(e.getValue().after())).setKey("after").setHeader(getTranslation("audit.after"));
        details.setId("audit-details");
        detailsTitle.setText(getTranslation("audit.details.none"));
    }

    private static String shown(String value) {
        return value == null ? "—" : value;
    }

    /** A preset chosen fills both dates; dates typed by hand stay as typed (the preset then reads "custom"). */
    private void periodFromPreset() {
        if (preset.getValue() != null && preset.getValue() != PeriodPreset.CUSTOM) {
            Period p = preset.getValue().period(LocalDate.now(clock));
            from.setValue(p.from());
            to.setValue(p.to());
        }
    }

    /** The filter of the fields; an unfinished or reversed period shows nothing rather than a guessed range. */
    private void refresh() {
        LocalDate f = from.getValue();
        LocalDate t = to.getValue();
        to.setInvalid(f != null && t != null && t.isBefore(f));
        to.setErrorMessage(to.isInvalid() ? getTranslation("audit.error.period") : null);
        Period period = f == null || t == null || t.isBefore(f) ? Period.day(LocalDate.of(1970, 1, 1)) : Period.of(f, t);
        filter = new AuditFilter(period, type.getValue(), actor.getValue(), text.getValue());
        grid.getDataProvider().refreshAll();
        show(null);
    }

    void show(AuditEntry entry) {
        detailsTitle.setText(entry == null ? getTranslation("audit.details.none")
                : getTranslation("audit.details", getTranslation("audit.type." + entry.getType().name()),
                        entry.getLabel(), entry.getActor(), VnFormat.dateTime(entry.getAt())));
        details.setItems(entry == null ? List.of() : List.copyOf(entry.changes().entrySet()));
    }

    /** The download reads the filter under the session lock and writes the texts in the clicking user's language. */
    private Anchor downloadLink() {
        DownloadHandler handler = event -> {
            AuditFilter chosen;
            Locale locale;
            event.getSession().lock();
            try {
                chosen = filter;
                locale = event.getUI() == null ? AppLocales.VIETNAMESE : event.getUI().getLocale();
            } finally {
                event.getSession().unlock();
            }
            event.setFileName("NhatKyThayDoi_" + chosen.period().from() + "_" + chosen.period().to() + ".xlsx");
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                audit.export(chosen, key -> getTranslation(locale, key), out);
            }
        };
        Anchor anchor = new Anchor(handler, getTranslation("audit.export"));
        anchor.setId("audit-export");
        Div icon = new Div(VaadinIcon.DOWNLOAD.create());
        anchor.addComponentAsFirst(icon);
        return anchor;
    }
}
