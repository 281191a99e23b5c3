package vn.hcc.dashboard.equipment.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.equipment.EquipmentItem;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.EquipmentStatus;
import vn.hcc.dashboard.equipment.EquipmentType;
import vn.hcc.dashboard.equipment.ItemDraft;
import vn.hcc.dashboard.queue.ServiceCounter;

/** Adds or edits one inventory line; the service's reasons show at the fields, nothing typed is lost. */
class ItemDialog extends EditDialog {

    final Select<EquipmentType> type = new Select<>();
    final TextField name = new TextField();
    final IntegerField quantity = new IntegerField();
    final ComboBox<ServiceCounter> counter = new ComboBox<>();
    final TextField location = new TextField();
    final Select<EquipmentStatus> status = new Select<>();
    final VnDatePicker acquiredOn = new VnDatePicker(null);
    final VnDatePicker warrantyUntil = new VnDatePicker(null);
    final TextArea notes = new TextArea();

    ItemDialog(EquipmentService equipment, List<ServiceCounter> counters, EquipmentItem item, Runnable saved) {
        super("", () -> false);
        setHeaderTitle(getTranslation(item == null ? "equipment.new" : "equipment.edit"));
        type.setLabel(getTranslation("equipment.type"));
        type.setItems(EquipmentType.values());
        type.setItemLabelGenerator(t -> EquipmentLabels.type(this, t));
        type.setId("type");
        name.setLabel(getTranslation("equipment.name"));
        name.setId("name");
        quantity.setLabel(getTranslation("equipment.quantity"));
        quantity.setId("quantity");
        counter.setLabel(getTranslation("equipment.counter"));
        counter.setItems(counters);
        counter.setItemLabelGenerator(ServiceCounter::getName);
        counter.setClearButtonVisible(true);
        counter.setId("counter");
        location.setLabel(getTranslation("equipment.location"));
        location.setId("location");
        status.setLabel(getTranslation("equipment.status"));
        status.setItems(EquipmentStatus.values());
        status.setItemLabelGenerator(s -> EquipmentLabels.status(this, s));
        status.setId("status");
        acquiredOn.setLabel(getTranslation("equipment.acquired-on"));
        acquiredOn.setId("acquiredOn");
        warrantyUntil.setLabel(getTranslation("equipment.warranty-until"));
        warrantyUntil.setId("warrantyUntil");
        notes.setLabel(getTranslation("equipment.notes"));
        notes.setId("notes");
        if (item == null) {
            type.setValue(EquipmentType.COMPUTER);
            quantity.setValue(1);
            status.setValue(EquipmentStatus.IN_USE);
        } else {
            ItemDraft d = item.draft();
            type.setValue(d.type());
            name.setValue(d.name());
            quantity.setValue(d.quantity());
            counter.setValue(counters.stream().filter(c -> c.getId().equals(d.counterId())).findFirst().orElse(null));
            location.setValue(d.location() == null ? "" : d.location());
            status.setValue(d.status());
            acquiredOn.setValue(d.acquiredOn());
            warrantyUntil.setValue(d.warrantyUntil());
            notes.setValue(d.notes() == null ? "" : d.notes());
        }
        Long id = item == null ? null : item.getId();
        long version = item == null ? 0 : item.getVersion();
        setSave(() -> FormErrors.attempt(this, Map.of("type", type, "name", name, "quantity", quantity,
                "counter", counter, "location", location, "status", status, "acquiredOn", acquiredOn,
                "warrantyUntil", warrantyUntil, "notes", notes), () -> {
                    equipment.save(new ItemDraft(id, version, type.getValue(), name.getValue(), quantity.getValue(),
                            counter.getValue() == null ? null : counter.getValue().getId(), location.getValue(),
                            status.getValue(), acquiredOn.getValue(), warrantyUntil.getValue(), notes.getValue()));
                    FormErrors.success(getTranslation("action.saved"));
                    saved.run();
                }));
        fields(type, name, quantity, status, counter, location, acquiredOn, warrantyUntil, notes);
        form().setColspan(notes, 2);
        form().setColspan(name, 2);
    }
}
