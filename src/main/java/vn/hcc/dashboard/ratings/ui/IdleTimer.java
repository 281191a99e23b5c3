package vn.hcc.dashboard.ratings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a step of a public page after a pause, on the server: the rating tablet goes back to idle by itself after
 * thanking the citizen, pushed to the browser (Vaadin Push) inside {@code UI.access}. One daemon thread serves every
 * tablet; a new pause replaces the pending one and leaving the page drops it.
 */
final class IdleTimer {

    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "tablet-idle");
        t.setDaemon(true);
        return t;
    });

    private final Component owner;
    private ScheduledFuture<?> pending;

    IdleTimer(Component owner) {
        this.owner = owner;
        owner.addDetachListener(e -> cancel());
    }

    /** Runs {@code step} after {@code pause} unless {@link #cancel}led or replaced first. Called in the UI's lock. */
    void after(Duration pause, Runnable step) {
        cancel();
        UI ui = owner.getUI().orElse(null);
        if (ui == null) {
            return;
        }
        ScheduledFuture<?>[] self = new ScheduledFuture<?>[1];
        self[0] = SCHEDULER.schedule(() -> ui.access(() -> {
            if (pending == self[0]) {
                pending = null;
                step.run();
            }
        }), pause.toMillis(), TimeUnit.MILLISECONDS);
        pending = self[0];
    }

    void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    boolean isPending() {
        return pending != null;
    }
}
