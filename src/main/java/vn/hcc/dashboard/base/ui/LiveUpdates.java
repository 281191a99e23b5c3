package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import vn.hcc.dashboard.base.Broadcaster;

/**
 * Lets a view repaint when another user changes data: while the component is attached it listens to one topic of
 * the {@link Broadcaster} and runs {@code onEvent} inside {@code UI.access}, which Vaadin Push sends to the browser.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    public static void subscribe(Component component, Broadcaster broadcaster, String topic,
            Consumer<Broadcaster.Event> onEvent) {
        component.addAttachListener(attach -> {
            UI ui = attach.getUI();
            Broadcaster.Registration registration = broadcaster.register(event -> {
                if (topic.equals(event.topic())) {
                    ui.access(() -> onEvent.accept(event));
                }
            });
            component.addDetachListener(detach -> {
                detach.unregisterListener();
                registration.remove();
            });
        });
    }
}
