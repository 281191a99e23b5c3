package vn.hcc.dashboard.intake.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierRowService;
import vn.hcc.dashboard.intake.DossierService;

/**
 * Records a dossier at the counter. Choosing the procedure fills its field, unit and online level and proposes the
 * due date over working days from the procedure's processing time; reception may still correct date and fee.
 */
class NewDossierDialog extends EditDialog {

    private final DossierService dossiers;
    private final DossierRowService rows;
    final TextField code = new TextField();
    final ComboBox<Procedure> procedure = new ComboBox<>();
    final DateTimePicker receivedAt = new DateTimePicker();
    final Select<Channel> channel = new Select<>();
    final TextField fieldAndUnit = new TextField();
    final VnDatePicker dueOn = new VnDatePicker(null);
    final TextField fee = new TextField();
    final Checkbox paidOnline = new Checkbox();
    final Checkbox digitizedComponents = new Checkbox();
    final RecordedSelect componentsStored = new RecordedSelect("dossier.components-stored", "componentsStored", null);
    final RecordedSelect reusedData = new RecordedSelect("dossier.reused-data", "reusedData", null);
    final TextField handler = new TextField();
    final TextField ticket = new TextField();
    private DossierData proposal;

    /**
     * {@code servingNow}: the number of the ticket the officer serves now at the counter chosen in the counter view
     * (empty: none), proposed as the ticket the citizen held.
     */
    NewDossierDialog(DossierService dossiers, DossierRowService rows, ProcedureService procedures,
            String servingNow, Consumer<Dossier> onSaved) {
        super(null, null);
        this.dossiers = dossiers;
        this.rows = rows;
        setHeaderTitle(getTranslation("intake.new"));
        label(code, "dossier.code", "code");
        procedure.setLabel(getTranslation("dossier.procedure"));
        procedure.setId("procedure");
        procedure.setItems(q -> procedures.search(q.getFilter().orElse(""), null, null,
                PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("code"))).stream());
        procedure.setItemLabelGenerator(Procedure::toString);
        receivedAt.setLabel(getTranslation("dossier.received-at"));
        receivedAt.setId("receivedAt");
        receivedAt.setDatePickerI18n(new VnDatePicker(null).getI18n());
        // the application clock's now, never the server's zone (UTC would propose 11:35 at 18:35 in the Center)
        LocalDateTime now = dossiers.now();
        receivedAt.setValue(now);
        receivedAt.setMax(now);
        channel.setLabel(getTranslation("dossier.channel"));
        channel.setId("channel");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> DossierLabels.channel(this, c));
        channel.setValue(Channel.IN_PERSON);
        label(fieldAndUnit, "intake.field-and-unit", "fieldAndUnit");
        fieldAndUnit.setReadOnly(true);
        dueOn.setLabel(getTranslation("dossier.due-on"));
        dueOn.setId("dueOn");
        label(fee, "dossier.fee", "fee");
        paidOnline.setLabel(getTranslation("dossier.paid-online"));
        digitizedComponents.setLabel(getTranslation("dossier.digitized-components"));
        label(handler, "dossier.handler", "handler");
        label(ticket, "intake.ticket", "ticket");
        ticket.setHelperText(getTranslation("intake.ticket.helper"));
        ticket.setMaxLength(40);
        ticket.setValue(servingNow == null ? "" : servingNow);
        procedure.addValueChangeListener(e -> propose());
        receivedAt.addValueChangeListener(e -> propose());
        fields(code, ticket, procedure, receivedAt, channel, fieldAndUnit, dueOn, fee, handler, paidOnline,
                digitizedComponents, componentsStored, reusedData);
        form().setColspan(procedure, 2);
        form().setColspan(fieldAndUnit, 2);
        setSave(() -> FormErrors.attempt(this, Map.ofEntries(Map.entry("code", code),
                Map.entry("procedure", procedure), Map.entry("field", procedure), Map.entry("unit", procedure),
                Map.entry("onlineLevel", procedure), Map.entry("receivedAt", receivedAt),
                Map.entry("channel", channel), Map.entry("dueOn", dueOn), Map.entry("fee", fee),
                Map.entry("handler", handler), Map.entry("ticket", ticket)), () -> {
                    Dossier saved = dossiers.record(data(), ticket.getValue());
                    FormErrors.success(getTranslation("intake.recorded", saved.getCode()));
                    onSaved.accept(saved);
                }));
    }

    private void label(TextField f, String key, String id) {
        f.setLabel(getTranslation(key));
        f.setId(id);
    }

    private void propose() {
        if (procedure.getValue() == null || receivedAt.getValue() == null) {
            return;
        }
        proposal = dossiers.propose(procedure.getValue().getId(), receivedAt.getValue(), code.getValue(),
                channel.getValue());
        fieldAndUnit.setValue(rows.fieldName(proposal) + " – " + rows.unitName(proposal) + " – "
                + DossierLabels.level(this, proposal.onlineLevel()));
        dueOn.setValue(proposal.dueOn());
        fee.setValue(proposal.fee() == 0 ? "" : VnFormat.number(proposal.fee()));
    }

    private DossierData data() {
        if (proposal == null) {
            throw new FieldValidationException("procedure", "validation.required");
        }
        long amount = fee.getValue().isBlank() ? 0 : Validate.wholeNumber("fee", fee.getValue());
        DossierData p = proposal;
        // the proposal's procedure, field, unit, level, intake day and status; the rest as the form says
        return p.toBuilder().code(code.getValue()).channel(channel.getValue()).receivedAt(receivedAt.getValue())
                .dueOn(dueOn.getValue()).resultOn(null).returnedOn(null).endedOn(null).fee(amount)
                .paidOnline(paidOnline.getValue()).digitizedComponents(digitizedComponents.getValue())
                .digitizedResult(false).apologySent(false).apologyReason(null).newDueOn(null)
                .handler(handler.getValue().isBlank() ? null : handler.getValue().trim())
                .componentsStored(componentsStored.getValue()).resultStored(null).reusedData(reusedData.getValue())
                .build();
    }
}
