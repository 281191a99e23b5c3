package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.pakn.Pakn;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PaknChannel;
import vn.hcc.dashboard.pakn.PaknDraft;
import vn.hcc.dashboard.pakn.PaknService;

/**
 * Records a petition as it arrives (directors, administrators and PAKN handlers receive them). The deadline is shown
 * as soon as time and category are known; it comes from the category's working days, never from the user.
 */
class NewPaknDialog extends EditDialog {

    final DateTimePicker receivedAt = new DateTimePicker();
    final Select<PaknChannel> channel = new Select<>();
    final Select<PaknCategory> category = new Select<>();
    final TextField citizenName = new TextField();
    final TextField citizenContact = new TextField();
    final TextArea content = new TextArea();
    final TextField locality = new TextField();
    final TextField dossierCode = new TextField();
    final ComboBox<Unit> unit = new ComboBox<>();
    final TextField deadline = new TextField();
    private final PaknService service;

    NewPaknDialog(PaknService service, List<Unit> units, Consumer<Pakn> onSaved) {
        super(null, null);
        this.service = service;
        setHeaderTitle(getTranslation("pakn.new"));
        receivedAt.setLabel(getTranslation("pakn.field.receivedAt"));
        receivedAt.setId("receivedAt");
        receivedAt.setDatePickerI18n(new VnDatePicker(null).getI18n());
        // the application clock's now, never the server's zone (UTC would propose 11:35 at 18:35 in the Center)
        LocalDateTime now = service.now();
        receivedAt.setValue(now);
        receivedAt.setMax(now);
        channel.setLabel(getTranslation("pakn.field.channel"));
        channel.setId("channel");
        channel.setItems(PaknChannel.values());
        channel.setItemLabelGenerator(c -> PaknLabels.channel(this, c));
        category.setLabel(getTranslation("pakn.field.category"));
        category.setId("category");
        category.setItems(PaknCategory.values());
        category.setItemLabelGenerator(c -> PaknLabels.category(this, c));
        label(citizenName, "citizenName");
        label(citizenContact, "citizenContact");
        content.setLabel(getTranslation("pakn.field.content"));
        content.setId("content");
        content.setMaxLength(4000);
        label(locality, "locality");
        label(dossierCode, "dossierCode");
        unit.setLabel(getTranslation("pakn.field.unit"));
        unit.setId("unit");
        unit.setItems(units);
        unit.setItemLabelGenerator(Unit::getName);
        unit.setClearButtonVisible(true);
        deadline.setLabel(getTranslation("pakn.proposed-deadline"));
        deadline.setId("deadline");
        deadline.setReadOnly(true);
        receivedAt.addValueChangeListener(e -> propose());
        category.addValueChangeListener(e -> propose());
        fields(receivedAt, channel, citizenName, citizenContact, content, category, locality, dossierCode, unit,
                deadline);
        form().setColspan(content, 2);
        setSave(() -> FormErrors.attempt(this, Map.of("receivedAt", receivedAt, "channel", channel, "category",
                category, "citizenName", citizenName, "citizenContact", citizenContact, "content", content,
                "locality", locality, "dossierCode", dossierCode, "unit", unit), () -> {
                    Pakn saved = service.record(new PaknDraft(receivedAt.getValue(), channel.getValue(),
                            citizenName.getValue(), citizenContact.getValue(), content.getValue(),
                            category.getValue(), locality.getValue(), dossierCode.getValue(),
                            unit.getValue() == null ? null : unit.getValue().getId()));
                    FormErrors.success(getTranslation("pakn.recorded", String.valueOf(saved.getId()),
                            VnFormat.date(saved.getDeadline())));
                    onSaved.accept(saved);
                }));
    }

    private void label(TextField f, String field) {
        f.setLabel(getTranslation("pakn.field." + field));
        f.setId(field);
    }

    private void propose() {
        if (receivedAt.getValue() != null && category.getValue() != null) {
            deadline.setValue(VnFormat.date(service.proposeDeadline(receivedAt.getValue(), category.getValue())));
        }
    }
}
