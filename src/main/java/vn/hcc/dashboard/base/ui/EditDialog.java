package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.function.BooleanSupplier;

/**
 * A form in a dialog with Save and Cancel. {@code save} returns true when the service accepted the record;
 * otherwise the dialog stays open with the reasons shown at the fields, so nothing the user typed is lost.
 */
public class EditDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private BooleanSupplier save;

    public EditDialog(String title, BooleanSupplier save) {
        this.save = save;
        setHeaderTitle(title);
        setWidth("min(40rem, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        add(form);
        Button saveButton = new Button(getTranslation("action.save"), e -> {
            if (this.save.getAsBoolean()) {
                close();
            }
        });
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.setId("save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("cancel");
        getFooter().add(cancel, saveButton);
    }

    /** For forms whose save action needs the fields built in the subclass's constructor. */
    protected void setSave(BooleanSupplier save) {
        this.save = save;
    }

    public EditDialog fields(Component... components) {
        form.add(components);
        return this;
    }

    public FormLayout form() {
        return form;
    }
}
