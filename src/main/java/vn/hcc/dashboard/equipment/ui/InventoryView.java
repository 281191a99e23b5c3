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
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.ViewHeader;
import vn.hcc.dashboard.equipment.EquipmentFilter;
import vn.hcc.dashboard.equipment.EquipmentItem;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.EquipmentStatus;
import vn.hcc.dashboard.equipment.EquipmentType;
import vn.hcc.dashboard.equipment.ItemRow;
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
    private final boolean editable;
    private final Select<EquipmentType> type = new Select<>();
    private final Select<EquipmentStatus> status = new Select<>();
    private final ComboBox<ServiceCounter> counter = new ComboBox<>();
    private final Grid<ItemRow> grid = new Grid<>();

    InventoryView(EquipmentService equipment, CounterService counters, CurrentUser user) {
        this.equipment = equipment;
        this.counters = counters.listAll();
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
        grid.addColumn(r -> EquipmentLabels.type(this, r.item().getType())).setHeader(getTranslation("equipment.type"))
                .setKey("type").setSortProperty("type").setWidth("14rem").setFlexGrow(1);
        grid.addColumn(r -> r.item().getName()).setHeader(getTranslation("equipment.name")).setKey("name")
                .setSortProperty("name").setFlexGrow(2);
        grid.addColumn(r -> VnFormat.number(r.item().getQuantity())).setHeader(getTranslation("equipment.quantity"))
                .setKey("quantity").setSortProperty("quantity").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ItemRow::place).setHeader(getTranslation("equipment.place")).setKey("place");
        grid.addColumn(r -> EquipmentLabels.status(this, r.item().getStatus()))
                .setHeader(getTranslation("equipment.status")).setKey("status").setSortProperty("status")
                .setAutoWidth(true).setPartNameGenerator(
                        r -> "equipment-" + r.item().getStatus().name().toLowerCase().replace('_', '-'));
        grid.addColumn(r -> VnFormat.date(r.item().getWarrantyUntil()))
                .setHeader(getTranslation("equipment.warranty-until")).setKey("warrantyUntil")
                .setSortProperty("warrantyUntil").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("equipment.empty"));
        grid.setItemsPageable(p -> equipment.searchRows(filter(), p).getContent(),
                p -> (int) equipment.count(filter()));
        grid.addItemDoubleClickListener(e -> details(e.getItem().item()));
        grid.setId("inventory");
        add(header, grid);
    }

    EquipmentFilter filter() {
        return new EquipmentFilter(type.getValue(), status.getValue(),
                counter.getValue() == null ? null : counter.getValue().getId());
    }

    private HorizontalLayout actions(ItemRow row) {
        EquipmentItem item = row.item();
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
        new ItemDetailsDialog(equipment, counters, item.getId(), editable, this::refresh).open();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
