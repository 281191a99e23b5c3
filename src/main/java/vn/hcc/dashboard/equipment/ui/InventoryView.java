package vn.hcc.dashboard.equipment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.equipment.EquipmentFilter;
import vn.hcc.dashboard.equipment.EquipmentItem;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.EquipmentStatus;
import vn.hcc.dashboard.equipment.EquipmentType;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/** The inventory, paged from the database and filtered by type, status and counter; each item opens its fault log. */
@Route("equipment")
@Menu(title = "nav.resources.equipment", order = 350, icon = "PRINT")
@PermitAll
@Requires(Permission.EQUIPMENT_VIEW)
class InventoryView extends VerticalLayout implements MenuTitled {

    private final EquipmentService equipment;
    private final List<ServiceCounter> counters;
    private final Map<Long, String> counterNames;
    private final boolean editable;
    private final Select<EquipmentType> type = new Select<>();
    private final Select<EquipmentStatus> status = new Select<>();
    private final ComboBox<ServiceCounter> counter = new ComboBox<>();
    private final Grid<EquipmentItem> grid = new Grid<>();

    InventoryView(EquipmentService equipment, CounterService counters, CurrentUser user) {
        this.equipment = equipment;
        this.counters = counters.listAll();
        this.counterNames = this.counters.stream()
                .collect(Collectors.toMap(ServiceCounter::getId, ServiceCounter::getName));
        this.editable = EquipmentLabels.canEdit(user);
        setSizeFull();
        type.setItems(EquipmentType.values());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("equipment.all-types")
                : EquipmentLabels.type(this, t));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("equipment.all-types"));
        type.setLabel(getTranslation("equipment.type"));
        type.setId("filter-type");
        status.setItems(EquipmentStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("equipment.all-statuses")
                : EquipmentLabels.status(this, s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("equipment.all-statuses"));
        status.setLabel(getTranslation("equipment.status"));
        status.setId("filter-status");
        counter.setItems(this.counters);
        counter.setItemLabelGenerator(ServiceCounter::getName);
        counter.setPlaceholder(getTranslation("equipment.all-counters"));
        counter.setClearButtonVisible(true);
        counter.setLabel(getTranslation("equipment.counter"));
        counter.setId("filter-counter");
        type.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        counter.addValueChangeListener(e -> refresh());
        ViewHeader header = new ViewHeader(type, status, counter);
        if (editable) {
            header.addPrimary(getTranslation("equipment.new"), () -> edit(null));
        }
        if (user.may(Permission.REPORT_EXPORT)) {
            // a plain URL: the reports feature depends on this one, never the other way round
            Anchor export = new Anchor("reports?report=EQUIPMENT", getTranslation("reports.export-excel"));
            export.getElement().setAttribute("router-link", true);
            export.setId("export-excel");
            header.add(export);
        }
        grid.addColumn(i -> EquipmentLabels.type(this, i.getType())).setHeader(getTranslation("equipment.type"))
                .setKey("type").setSortProperty("type").setAutoWidth(true);
        grid.addColumn(EquipmentItem::getName).setHeader(getTranslation("equipment.name")).setKey("name")
                .setSortProperty("name").setFlexGrow(2);
        grid.addColumn(i -> VnFormat.number(i.getQuantity())).setHeader(getTranslation("equipment.quantity"))
                .setKey("quantity").setSortProperty("quantity").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::place).setHeader(getTranslation("equipment.place")).setKey("place");
        grid.addColumn(i -> EquipmentLabels.status(this, i.getStatus())).setHeader(getTranslation("equipment.status"))
                .setKey("status").setSortProperty("status").setAutoWidth(true)
                .setPartNameGenerator(i -> "equipment-" + i.getStatus().name().toLowerCase().replace('_', '-'));
        grid.addColumn(i -> VnFormat.date(i.getWarrantyUntil())).setHeader(getTranslation("equipment.warranty-until"))
                .setKey("warrantyUntil").setSortProperty("warrantyUntil").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("equipment.empty"));
        grid.setItemsPageable(p -> equipment.search(filter(), p).getContent(), p -> (int) equipment.count(filter()));
        grid.addItemDoubleClickListener(e -> details(e.getItem()));
        grid.setId("inventory");
        add(header, grid);
    }

    EquipmentFilter filter() {
        return new EquipmentFilter(type.getValue(), status.getValue(),
                counter.getValue() == null ? null : counter.getValue().getId());
    }

    String place(EquipmentItem i) {
        String at = i.getCounterId() == null ? null : counterNames.get(i.getCounterId());
        if (at == null) {
            return i.getLocation() == null ? "" : i.getLocation();
        }
        return i.getLocation() == null ? at : at + " – " + i.getLocation();
    }

    private HorizontalLayout actions(EquipmentItem item) {
        Button open = new Button(VaadinIcon.WRENCH.create(), e -> details(item));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        open.setAriaLabel(getTranslation("equipment.details"));
        open.setTooltipText(getTranslation("equipment.details"));
        HorizontalLayout actions = new HorizontalLayout(open);
        if (editable) {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(item));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel(getTranslation("action.edit"));
            actions.add(edit);
        }
        return actions;
    }

    void edit(EquipmentItem item) {
        new ItemDialog(equipment, counters, item, this::refresh).open();
    }

    void details(EquipmentItem item) {
        new ItemDetailsDialog(equipment, counters, item.getId(), editable, this::place, this::refresh).open();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
