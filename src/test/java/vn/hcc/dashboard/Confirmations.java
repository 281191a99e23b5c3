package vn.hcc.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import vn.hcc.dashboard.base.ui.ConfirmAction;

/** Answers the question {@link ConfirmAction} asks before a final or destructive action, in karibu tests. */
public final class Confirmations {

    private Confirmations() {
    }

    /** Whether a confirmation is being asked now. */
    public static boolean asked() {
        return !_find(ConfirmAction.class).isEmpty();
    }

    /** What the open question says will happen. */
    public static String text() {
        return _get(Paragraph.class, spec -> spec.withId("confirm-text")).getText();
    }

    /** Presses the action's own button; returns what the question said. */
    public static String confirm() {
        String text = text();
        _click(_get(Button.class, spec -> spec.withId("confirm-ok")));
        return text;
    }

    /** Presses Cancel; returns what the question said. */
    public static String cancel() {
        String text = text();
        _click(_get(Button.class, spec -> spec.withId("confirm-cancel")));
        return text;
    }
}
