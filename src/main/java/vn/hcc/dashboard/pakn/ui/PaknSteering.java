package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.ui.ConfirmAction;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.pakn.Pakn;
import vn.hcc.dashboard.pakn.PaknHandler;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PaknSteeringService;
import vn.hcc.dashboard.pakn.PaknStatus;

/** The director's actions on a petition that is not final: assign or reassign, extend the deadline, publish, hide. */
class PaknSteering extends VerticalLayout {

    final ComboBox<Unit> unit = new ComboBox<>();
    final ComboBox<PaknHandler> handler = new ComboBox<>();
    final VnDatePicker newDeadline = new VnDatePicker(null);
    final TextField extensionReason = new TextField();
    final TextField hiddenReason = new TextField();
    private final Runnable onSaved;

    PaknSteering(PaknService service, PaknSteeringService steering, Pakn item, List<Unit> units, Runnable onSaved) {
        this.onSaved = onSaved;
        setPadding(false);
        long id = item.getId();
        long version = item.getVersion();
        if (item.getStatus().isOpen()) {
            unit.setLabel(getTranslation("pakn.field.unit"));
            unit.setId("assign-unit");
            unit.setItems(units);
            unit.setItemLabelGenerator(Unit::getName);
            units.stream().filter(u -> u.getId().equals(item.getUnitId())).findFirst().ifPresent(unit::setValue);
            List<PaknHandler> handlers = service.handlers();
            handler.setLabel(getTranslation("pakn.field.handler"));
            handler.setId("assign-handler");
            handler.setItems(handlers);
            handler.setItemLabelGenerator(PaknHandler::label);
            handlers.stream().filter(h -> h.username().equals(item.getHandler())).findFirst()
                    .ifPresent(handler::setValue);
            Button assign = button("assign", "pakn.assign", Map.of("unit", unit, "handler", handler),
                    () -> steering.assign(id, version, unit.getValue() == null ? null : unit.getValue().getId(),
                            handler.getValue() == null ? null : handler.getValue().username()));
            add(section("pakn.section.assign", unit, handler, assign));

            newDeadline.setLabel(getTranslation("pakn.field.deadline"));
            newDeadline.setId("new-deadline");
            extensionReason.setLabel(getTranslation("pakn.field.extensionReason"));
            extensionReason.setId("extension-reason");
            Button extend = button("extend", "pakn.extend",
                    Map.of("deadline", newDeadline, "extensionReason", extensionReason),
                    () -> steering.extendDeadline(id, version, newDeadline.getValue(), extensionReason.getValue()));
            add(section("pakn.section.extend", newDeadline, extensionReason, extend));
        }
        hiddenReason.setLabel(getTranslation("pakn.field.hiddenReason"));
        hiddenReason.setId("hidden-reason");
        Button hide = confirmed("hide", "pakn.hide", Map.of("hiddenReason", hiddenReason),
                () -> steering.hide(id, version, hiddenReason.getValue()), "confirm.pakn-hide", true);
        hide.addThemeVariants(ButtonVariant.LUMO_ERROR);
        FormLayout publishing = section("pakn.section.publish", hiddenReason, hide);
        if (item.getStatus() == PaknStatus.ANSWERED) {
            Button publish = confirmed("publish", "pakn.publish", Map.of(), () -> steering.publish(id, version),
                    "confirm.pakn-publish", false);
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publishing.add(publish);
        }
        add(publishing);
    }

    private Button button(String id, String key, Map<String, ? extends HasValidation> fields, Runnable action) {
        Button b = new Button(getTranslation(key), e -> attempt(fields, action));
        b.setId(id);
        return b;
    }

    private void attempt(Map<String, ? extends HasValidation> fields, Runnable action) {
        if (FormErrors.attempt(this, fields, action)) {
            FormErrors.success(getTranslation("action.saved"));
            onSaved.run();
        }
    }

    /** A button that first says what will happen ({@code consequenceKey}) and acts only when confirmed. */
    private Button confirmed(String id, String key, Map<String, ? extends HasValidation> fields, Runnable action,
            String consequenceKey, boolean destructive) {
        Runnable act = () -> attempt(fields, action);
        Button b = new Button(getTranslation(key), e -> {
            if (destructive) {
                ConfirmAction.destructive(getTranslation(consequenceKey + ".title"), getTranslation(consequenceKey),
                        getTranslation(key), act);
            } else {
                ConfirmAction.fin(getTranslation(consequenceKey + ".title"), getTranslation(consequenceKey),
                        getTranslation(key), act);
            }
        });
        b.setId(id);
        return b;
    }

    private FormLayout section(String titleKey, Component... components) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
        H4 title = new H4(getTranslation(titleKey));
        form.add(title);
        form.setColspan(title, 3);
        form.add(components);
        return form;
    }
}
