package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The one question every final or destructive action asks first: what it is, what will happen, and two buttons.
 * Nothing runs until the user presses the action's own label (never a bare "OK"); Cancel, Esc or a click outside
 * leave everything as it was. Cancel has the focus, so a stray Enter does no harm.
 */
public final class ConfirmAction extends Dialog {

    private ConfirmAction(String title, String consequence, String confirmLabel, boolean destructive,
            Runnable action) {
        setHeaderTitle(title);
        setWidth("min(32rem, 95vw)");
        setId("confirm-dialog");
        Paragraph text = new Paragraph(consequence);
        text.setId("confirm-text");
        add(text);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("confirm-cancel");
        Button confirm = new Button(confirmLabel, e -> {
            close();
            action.run();
        });
        confirm.setId("confirm-ok");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        getFooter().add(cancel, confirm);
        cancel.focus();
    }

    /**
     * Asks before a destructive action (delete, revoke, hide, withdraw): the confirm button is red.
     * {@code title} and {@code consequence} are already translated; {@code confirmLabel} names the action.
     */
    public static ConfirmAction destructive(String title, String consequence, String confirmLabel, Runnable action) {
        ConfirmAction dialog = new ConfirmAction(title, consequence, confirmLabel, true, action);
        dialog.open();
        return dialog;
    }

    /** Asks before a final but not destructive action (publish, submit an answer). */
    public static ConfirmAction fin(String title, String consequence, String confirmLabel, Runnable action) {
        ConfirmAction dialog = new ConfirmAction(title, consequence, confirmLabel, false, action);
        dialog.open();
        return dialog;
    }
}
