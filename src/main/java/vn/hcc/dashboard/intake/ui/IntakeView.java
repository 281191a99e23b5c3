package vn.hcc.dashboard.intake.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.function.Function;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierQuery;
import vn.hcc.dashboard.intake.DossierRow;
import vn.hcc.dashboard.intake.DossierRowService;
import vn.hcc.dashboard.intake.ApologyLetterService;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;
import com.vaadin.flow.server.VaadinSession;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.Ticket;

/**
 * The day's dossiers at the reception desk: a grid paged lazily from the database (default: received today) with
 * the filters reception and the director use, recording a new dossier, and opening one to move it on. Leadership
 * reads only (the click-through from the dashboard): the same grid and details, no action that writes.
 */
@Route("intake")
@Menu(title = "nav.intake.dossiers", order = 110, icon = "FOLDER_OPEN")
@PermitAll
@Requires(Permission.DOSSIER_VIEW)
class IntakeView extends VerticalLayout implements BeforeEnterObserver, MenuTitled {

    /** The session attribute where the counter view keeps the counter the officer chose (its id). */
    static final String SESSION_COUNTER = "queue.counter";

    private final DossierService dossiers;
    private final ApologyLetterService letters;
    private final ProcedureService procedures;
    private final DossierRowService rows;
    private final QueueService queue;
    private final Grid<DossierRow> grid = new Grid<>();
    private final VnDatePicker from = new VnDatePicker(null);
    private final VnDatePicker to = new VnDatePicker(null);
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final ComboBox<WorkField> field = new ComboBox<>();
    private final Select<Channel> channel = new Select<>();
    private final Select<DossierStatus> status = new Select<>();
    private final Checkbox overdueOnly = new Checkbox();
    private final TextField code;
    private final boolean canEdit;

    IntakeView(DossierService dossiers, DossierRowService rows, ProcedureService procedures, UnitService units,
            FieldService fields, Broadcaster broadcaster, CurrentUser currentUser, ApologyLetterService letters,
            QueueService queue) {
        this.dossiers = dossiers;
        this.queue = queue;
        this.letters = letters;
        this.rows = rows;
        this.canEdit = currentUser.may(Permission.DOSSIER_EDIT);
        this.procedures = procedures;
        setSizeFull();
        from.setLabel(getTranslation("intake.filter.from"));
        to.setLabel(getTranslation("intake.filter.to"));
        from.setValue(dossiers.today());
        to.setValue(dossiers.today());
        setUp(unit, "intake.filter.unit", units.listAll(), Unit::getName);
        setUp(field, "intake.filter.field", fields.listAll(), WorkField::getName);
        channel.setLabel(getTranslation("intake.filter.channel"));
        channel.setItems(Channel.values());
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("common.all"));
        channel.setPlaceholder(getTranslation("common.all"));
        channel.setItemLabelGenerator(c -> DossierLabels.channel(this, c));
        status.setLabel(getTranslation("intake.filter.status"));
        status.setItems(DossierStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.all"));
        status.setPlaceholder(getTranslation("common.all"));
        status.setItemLabelGenerator(s -> DossierLabels.status(this, s));
        overdueOnly.setLabel(getTranslation("intake.filter.overdue"));
        overdueOnly.setId("overdue-only");
        code = ViewHeader.searchField(getTranslation("intake.filter.code"), v -> refresh());
        from.setId("from");
        to.setId("to");
        for (var f : new com.vaadin.flow.component.HasValue<?, ?>[] {from, to, unit, field, channel, status,
                overdueOnly}) {
            f.addValueChangeListener(e -> refresh());
        }
        ViewHeader header = new ViewHeader(from, to, unit, field, channel, status, overdueOnly, code);
        if (canEdit) {
            header.addPrimary(getTranslation("intake.new"), this::create);
        }
        configureGrid();
        add(header, grid);
        LiveUpdates.subscribe(this, broadcaster, DossierService.TOPIC, e -> grid.getDataProvider().refreshAll());
    }

    /**
     * {@code intake?code=...} (the dashboard's click-through) shows that dossier whatever day it arrived, and opens
     * its details when the code names one.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("code").ifPresent(c -> {
            from.clear();
            to.clear();
            code.setValue(c);
            dossiers.findByCode(c).map(rows::named).ifPresent(this::open);
        });
    }

    private <T> void setUp(ComboBox<T> box, String label, java.util.List<T> items, Function<T, String> name) {
        box.setLabel(getTranslation(label));
        box.setItems(items);
        box.setItemLabelGenerator(name::apply);
        box.setClearButtonVisible(true);
        box.setPlaceholder(getTranslation("common.all"));
    }

    private void configureGrid() {
        grid.addColumn(r -> r.dossier().getCode()).setHeader(getTranslation("dossier.code")).setKey("code")
                .setSortProperty("code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> VnFormat.dateTime(r.dossier().data().receivedAt())).setHeader(getTranslation("dossier.received-at"))
                .setKey("receivedAt").setSortProperty("receivedAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DossierRow::fieldName).setHeader(getTranslation("dossier.field"))
                .setKey("field").setWidth("9rem").setTooltipGenerator(DossierRow::fieldName);
        grid.addColumn(DossierRow::unitName).setHeader(getTranslation("dossier.unit"))
                .setKey("unit").setWidth("10rem").setTooltipGenerator(DossierRow::unitName);
        grid.addColumn(r -> DossierLabels.channel(this, r.dossier().data().channel()))
                .setHeader(getTranslation("dossier.channel")).setKey("channel").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> VnFormat.date(r.dossier().data().dueOn())).setHeader(getTranslation("dossier.due-on"))
                .setKey("dueOn").setSortProperty("dueOn").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> statusBadge(r.dossier())).setHeader(getTranslation("dossier.status")).setKey("status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> VnFormat.date(r.dossier().data().resultOn())).setHeader(getTranslation("dossier.result-on"))
                .setKey("resultOn").setSortProperty("resultOn").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.dossier().data().fee() == 0 ? "" : VnFormat.money(r.dossier().data().fee()))
                .setHeader(getTranslation("dossier.fee")).setKey("fee").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.setItemsPageable(p -> rows.search(query(), p), p -> (int) dossiers.count(query()));
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setId("dossiers");
        grid.setEmptyStateText(getTranslation("intake.empty"));
    }

    private Span statusBadge(Dossier d) {
        DossierData data = d.data();
        Span badge = new Span(DossierLabels.status(this, data.status()));
        badge.getElement().getThemeList().add("badge");
        if (data.isLate(dossiers.today())) {
            badge.setText(badge.getText() + " · " + getTranslation("intake.late"));
            badge.getElement().getThemeList().add("error");
        } else if (data.status().hasResult()) {
            badge.getElement().getThemeList().add("success");
        } else if (data.status().isFinal()) {
            badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

    DossierQuery query() {
        boolean overdue = overdueOnly.getValue();
        from.setEnabled(!overdue);
        to.setEnabled(!overdue);
        return new DossierQuery(overdue ? null : from.getValue(), overdue ? null : to.getValue(),
                unit.getValue() == null ? null : unit.getValue().getId(),
                field.getValue() == null ? null : field.getValue().getId(), channel.getValue(), status.getValue(),
                overdue, code.getValue(), dossiers.today());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void create() {
        new NewDossierDialog(dossiers, rows, procedures, servingNow(), saved -> refresh()).open();
    }

    /**
     * The number of the ticket the officer is serving now at the counter chosen in the counter view (the session's
     * {@link #SESSION_COUNTER}); empty when no counter is chosen or it serves nobody.
     */
    private String servingNow() {
        Object counter = VaadinSession.getCurrent().getAttribute(SESSION_COUNTER);
        return counter instanceof Long id ? queue.current(id).map(Ticket::getNumber).orElse("") : "";
    }

    private void open(DossierRow row) {
        new DossierDetailsDialog(dossiers, letters, row, !canEdit, saved -> refresh()).open();
    }
}
