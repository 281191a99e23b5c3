package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.function.Function;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PaknChannel;
import vn.hcc.dashboard.pakn.PaknCounts;
import vn.hcc.dashboard.pakn.PaknFiguresService;
import vn.hcc.dashboard.pakn.PaknHandler;
import vn.hcc.dashboard.pakn.PaknQuery;
import vn.hcc.dashboard.pakn.PaknRow;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PaknStatus;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.base.Period;

/**
 * Every petition for the director: filters (dates received, status, category, channel, unit, handler, overdue,
 * unassigned queue, text), paged lazily from the database, with the period's figures above the grid. A click opens
 * the item to assign, extend, publish or hide it. Leadership reads the same list without the actions.
 */
@Route("pakn/all")
@Menu(title = "nav.pakn.all", order = 210, icon = "COMMENTS")
@PermitAll
@Requires(Permission.PAKN_VIEW_ALL)
class PaknDirectorView extends VerticalLayout implements MenuTitled {

    final Grid<PaknRow> grid = new Grid<>();
    final VnDatePicker from = new VnDatePicker(null);
    final VnDatePicker to = new VnDatePicker(null);
    final Select<PaknStatus> status = new Select<>();
    final Select<PaknCategory> category = new Select<>();
    final Select<PaknChannel> channel = new Select<>();
    final ComboBox<Unit> unit = new ComboBox<>();
    final ComboBox<PaknHandler> handler = new ComboBox<>();
    final Checkbox overdueOnly = new Checkbox();
    final Checkbox unassignedOnly = new Checkbox();
    final Checkbox awaitingOnly = new Checkbox();
    final TextField text;
    final Paragraph summary = new Paragraph();
    private final PaknService service;
    private final PaknFiguresService figures;
    private final List<Unit> units;

    PaknDirectorView(PaknService service, PaknFiguresService figures, UnitService unitService,
            CurrentUser currentUser, Broadcaster broadcaster) {
        this.service = service;
        this.figures = figures;
        this.units = unitService.listAll();
        setSizeFull();
        from.setLabel(getTranslation("pakn.filter.from"));
        from.setId("from");
        from.setValue(PeriodPreset.THIS_YEAR.period(service.today()).from());
        to.setLabel(getTranslation("pakn.filter.to"));
        to.setId("to");
        to.setValue(service.today());
        select(status, "status", PaknStatus.values(), s -> PaknLabels.status(this, s));
        select(category, "category", PaknCategory.values(), c -> PaknLabels.category(this, c));
        select(channel, "channel", PaknChannel.values(), c -> PaknLabels.channel(this, c));
        combo(unit, "unit", units, Unit::getName);
        combo(handler, "handler", service.handlers(), PaknHandler::label);
        overdueOnly.setLabel(getTranslation("pakn.filter.overdue"));
        overdueOnly.setId("overdue-only");
        unassignedOnly.setLabel(getTranslation("pakn.filter.unassigned"));
        unassignedOnly.setId("unassigned-only");
        awaitingOnly.setId("awaiting-only");
        text = ViewHeader.searchField(getTranslation("pakn.filter.text"), v -> refresh());
        for (HasValue<?, ?> f : List.of(from, to, status, category, channel, unit, handler, overdueOnly,
                unassignedOnly, awaitingOnly)) {
            f.addValueChangeListener(e -> refresh());
        }
        ViewHeader header = new ViewHeader(from, to, status, category, channel, unit, handler, overdueOnly,
                unassignedOnly, awaitingOnly, text);
        boolean steers = currentUser.may(Permission.PAKN_STEER);
        if (steers) {
            Button deadlines = new Button(getTranslation("pakn.deadlines"), VaadinIcon.CLOCK.create(),
                    e -> new DeadlinesDialog(service).open());
            deadlines.setId("deadlines");
            header.add(deadlines);
            header.addPrimary(getTranslation("pakn.new"), () -> new NewPaknDialog(service, units, s -> refresh())
                    .open());
        }
        summary.setId("summary");
        configureGrid();
        add(header, summary, grid);
        refresh();
        LiveUpdates.subscribe(this, broadcaster, PaknService.TOPIC, e -> refresh());
    }

    private <T> void select(Select<T> s, String field, T[] items, Function<T, String> label) {
        s.setLabel(getTranslation("pakn.field." + field));
        s.setId(field);
        s.setItems(items);
        s.setEmptySelectionAllowed(true);
        s.setEmptySelectionCaption(getTranslation("common.all"));
        s.setPlaceholder(getTranslation("common.all"));
        s.setItemLabelGenerator(v -> v == null ? getTranslation("common.all") : label.apply(v));
    }

    private <T> void combo(ComboBox<T> box, String field, List<T> items, Function<T, String> label) {
        box.setLabel(getTranslation("pakn.field." + field));
        box.setId(field);
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        box.setClearButtonVisible(true);
        box.setPlaceholder(getTranslation("common.all"));
    }

    private void configureGrid() {
        grid.addColumn(r -> r.item().getId()).setHeader(getTranslation("pakn.field.id")).setKey("id")
                .setSortProperty("id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> PaknLabels.deadline(this, service, r.item()))
                .setHeader(getTranslation("pakn.field.deadline")).setKey("deadline").setSortProperty("deadline")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> PaknLabels.status(this, r.item().getStatus()))
                .setHeader(getTranslation("pakn.field.status")).setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> VnFormat.dateTime(r.item().getReceivedAt()))
                .setHeader(getTranslation("pakn.field.receivedAt")).setKey("receivedAt").setSortProperty("receivedAt")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> PaknLabels.channel(this, r.item().getChannel()))
                .setHeader(getTranslation("pakn.field.channel")).setKey("channel").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(r -> PaknLabels.category(this, r.item().getCategory()))
                .setHeader(getTranslation("pakn.field.category")).setKey("category").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(r -> r.item().getCitizenName()).setHeader(getTranslation("pakn.field.citizenName"))
                .setKey("citizen").setWidth("10rem").setFlexGrow(0);
        grid.addColumn(r -> PaknLabels.abbreviate(r.item().getContent(), PaknLabels.SHORT_TEXT))
                .setHeader(getTranslation("pakn.field.content")).setKey("content")
                .setTooltipGenerator(r -> r.item().getContent());
        grid.addColumn(PaknRow::unitName).setHeader(getTranslation("pakn.field.unit")).setKey("unit")
                .setWidth("10rem").setFlexGrow(0);
        grid.addColumn(PaknRow::handlerName).setHeader(getTranslation("pakn.field.handler")).setKey("handler")
                .setWidth("9rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.getColumns().forEach(c -> c.setResizable(true));
        PaknLabels.markDeadlines(grid, service, PaknRow::item);
        grid.setItemsPageable(p -> service.searchRows(query(), p).getContent(), p -> (int) service.count(query()));
        grid.setEmptyStateText(getTranslation("pakn.all.empty"));
        grid.addItemClickListener(e -> PaknInboxView.open(e.getItem().item()));
    }

    /** The overdue, unassigned and waiting-for-publication queues show every such item, whenever it arrived. */
    PaknQuery query() {
        boolean queue = overdueOnly.getValue() || unassignedOnly.getValue() || awaitingOnly.getValue();
        from.setEnabled(!queue);
        to.setEnabled(!queue);
        status.setEnabled(!awaitingOnly.getValue());
        return new PaknQuery(queue ? null : from.getValue(), queue ? null : to.getValue(),
                awaitingOnly.getValue() ? PaknStatus.ANSWERED : status.getValue(),
                category.getValue(), channel.getValue(), unit.getValue() == null ? null : unit.getValue().getId(),
                handler.getValue() == null ? null : handler.getValue().username(), unassignedOnly.getValue(),
                overdueOnly.getValue(), text.getValue(), service.today());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        awaitingOnly.setLabel(getTranslation("pakn.filter.awaiting", VnFormat.number(service.count(
                new PaknQuery(null, null, PaknStatus.ANSWERED, null, null, null, null, false, false, null,
                        service.today())))));
        if (from.getValue() != null && to.getValue() != null && !to.getValue().isBefore(from.getValue())) {
            PaknCounts c = figures.figures(Period.of(from.getValue(), to.getValue()),
                    unit.getValue() == null ? null : unit.getValue().getId()).total();
            summary.setText(getTranslation("pakn.summary", VnFormat.number(c.received()),
                    VnFormat.number(c.handled()), VnFormat.number(c.handledOnTime()),
                    VnFormat.number(c.handledLate()), VnFormat.number(c.pending()),
                    VnFormat.number(c.pendingWithinDeadline()), VnFormat.number(c.pendingOverdue()),
                    VnFormat.number(c.hidden())));
        } else {
            summary.setText("");
        }
    }
}
