package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;

/**
 * Shows a refused save where it belongs: a rule's message at the field that caused it, a concurrent edit as a
 * notice that explains the user's changes were not saved and the record must be reopened.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Runs {@code save}; returns false and shows the reason when a service refused it. */
    public static boolean attempt(Component owner, Map<String, ? extends HasValidation> fields, Runnable save) {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        try {
            save.run();
            return true;
        } catch (FieldValidationException e) {
            String message = owner.getTranslation(e.messageKey(), e.args());
            HasValidation field = fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                error(message);
            }
            return false;
        } catch (ConcurrentEditException | org.springframework.dao.OptimisticLockingFailureException e) {
            error(owner.getTranslation("error.concurrent-edit"));
            return false;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            error(owner.getTranslation("error.forbidden"));
            return false;
        }
    }

    public static void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification n = Notification.show(message, 3000, Notification.Position.BOTTOM_END);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
