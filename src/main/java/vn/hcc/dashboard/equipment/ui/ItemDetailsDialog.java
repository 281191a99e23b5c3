package vn.hcc.dashboard.equipment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.equipment.EquipmentFault;
import vn.hcc.dashboard.equipment.EquipmentItem;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.ItemRow;
import vn.hcc.dashboard.equipment.EquipmentStatus;
import vn.hcc.dashboard.equipment.FaultDraft;
import vn.hcc.dashboard.queue.ServiceCounter;

/**
 * One item and its fault log. Logging a fault takes the item out of use; closing it puts the item back in use or
 * retires it. Each action reloads the item, so the next action carries its current version.
 */
class ItemDetailsDialog extends Dialog {

    private final EquipmentService equipment;
    private final List<ServiceCounter> counters;
    private final long itemId;
    private final boolean editable;
    private final Runnable changed;
    private final Div summary = new Div();
    private final Grid<EquipmentFault> log = new Grid<>();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private EquipmentItem item;

    ItemDetailsDialog(EquipmentService equipment, List<ServiceCounter> counters, long itemId, boolean editable,
            Runnable changed) {
        this.equipment = equipment;
        this.counters = counters;
        this.itemId = itemId;
        this.editable = editable;
        this.changed = changed;
        setWidth("min(56rem, 95vw)");
        summary.setId("item-summary");
        log.addColumn(f -> VnFormat.date(f.getOpenedOn())).setHeader(getTranslation("equipment.fault.opened-on"))
                .setKey("openedOn").setAutoWidth(true).setFlexGrow(0);
        log.addColumn(EquipmentFault::getDescription).setHeader(getTranslation("equipment.fault.description"))
                .setKey("description");
        log.addColumn(f -> f.isOpen() ? getTranslation("equipment.fault.not-closed") : VnFormat.date(f.getClosedOn()))
                .setHeader(getTranslation("equipment.fault.closed-on")).setKey("closedOn").setAutoWidth(true)
                .setFlexGrow(0);
        log.addColumn(f -> f.getRepair() == null ? "" : f.getRepair())
                .setHeader(getTranslation("equipment.fault.repair")).setKey("repair");
        log.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        log.setAllRowsVisible(true);
        log.setEmptyStateText(getTranslation("equipment.fault.empty"));
        log.setId("fault-log");
        add(summary, new H4(getTranslation("equipment.fault.log")), log);
        Button close = new Button(getTranslation("equipment.close"), e -> close());
        close.setId("close-details");
        getFooter().add(buttons, close);
        reload();
    }

    private void reload() {
        ItemRow row = equipment.row(itemId).orElseThrow();
        item = row.item();
        setHeaderTitle(EquipmentLabels.type(this, item.getType()) + ": " + item.getName());
        summary.removeAll();
        summary.add(line("equipment.quantity", VnFormat.number(item.getQuantity())),
                line("equipment.place", row.place()));
        summary.add(new Div(new Span(getTranslation("equipment.status") + ": "),
                EquipmentLabels.statusBadge(this, item.getStatus())));
        summary.add(line("equipment.acquired-on", VnFormat.date(item.getAcquiredOn())),
                line("equipment.warranty-until", VnFormat.date(item.getWarrantyUntil())));
        if (item.getNotes() != null) {
            summary.add(line("equipment.notes", item.getNotes()));
        }
        List<EquipmentFault> faults = equipment.faults(itemId);
        log.setItems(faults);
        buttons.removeAll();
        if (!editable) {
            return;
        }
        Optional<EquipmentFault> open = faults.stream().filter(EquipmentFault::isOpen).findFirst();
        if (open.isEmpty() && item.getStatus() != EquipmentStatus.RETIRED) {
            buttons.add(button("open-fault", "equipment.fault.open", this::openFault));
        }
        if (open.isPresent() && item.getStatus() == EquipmentStatus.BROKEN) {
            buttons.add(button("send-for-repair", "equipment.fault.send-for-repair", () -> {
                if (FormErrors.attempt(this, Map.of(), () -> equipment.sendForRepair(itemId, item.getVersion()))) {
                    done();
                }
            }));
        }
        open.ifPresent(f -> buttons.add(button("close-fault", "equipment.fault.close", () -> closeFault(f))));
        buttons.add(button("edit-item", "equipment.edit",
                () -> new ItemDialog(equipment, counters, item, this::done).open()));
    }

    private Div line(String key, String value) {
        return new Div(new Span(getTranslation(key) + ": " + value));
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        b.setId(id);
        return b;
    }

    private void done() {
        changed.run();
        reload();
    }

    void openFault() {
        VnDatePicker openedOn = new VnDatePicker(getTranslation("equipment.fault.opened-on"));
        openedOn.setValue(equipment.today());
        openedOn.setId("openedOn");
        TextArea description = new TextArea(getTranslation("equipment.fault.description"));
        description.setId("description");
        Checkbox underRepair = new Checkbox(getTranslation("equipment.fault.under-repair"));
        underRepair.setId("underRepair");
        long version = item.getVersion();
        EditDialog dialog = new EditDialog(getTranslation("equipment.fault.open"),
                () -> FormErrors.attempt(this, Map.of("openedOn", openedOn, "description", description), () -> {
                    equipment.openFault(itemId, version,
                            new FaultDraft(openedOn.getValue(), description.getValue(), underRepair.getValue()));
                    FormErrors.success(getTranslation("action.saved"));
                    done();
                }));
        dialog.fields(openedOn, underRepair, description);
        dialog.form().setColspan(description, 2);
        dialog.open();
    }

    void closeFault(EquipmentFault fault) {
        VnDatePicker closedOn = new VnDatePicker(getTranslation("equipment.fault.closed-on"));
        closedOn.setValue(equipment.today());
        closedOn.setId("closedOn");
        TextArea repair = new TextArea(getTranslation("equipment.fault.repair"));
        repair.setId("repair");
        Checkbox beyondRepair = new Checkbox(getTranslation("equipment.fault.beyond-repair"));
        beyondRepair.setId("beyondRepair");
        EditDialog dialog = new EditDialog(getTranslation("equipment.fault.close"),
                () -> FormErrors.attempt(this, Map.of("closedOn", closedOn, "repair", repair), () -> {
                    equipment.closeFault(fault.getId(), fault.getVersion(), closedOn.getValue(), repair.getValue(),
                            beyondRepair.getValue());
                    FormErrors.success(getTranslation("action.saved"));
                    done();
                }));
        dialog.fields(closedOn, beyondRepair, repair);
        dialog.form().setColspan(repair, 2);
        dialog.open();
    }
}
