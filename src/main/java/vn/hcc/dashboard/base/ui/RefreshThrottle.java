package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A live view's refresh after changes: once after a short pause however many changes arrive in it, and never within
 * the minimum gap after the previous refresh, so that a burst of imported dossiers costs one recomputation, not one
 * per dossier. A few daemon threads (one per core, at least two) serve every open view, so that a wall of open
 * dashboards repaints in parallel rather than one after another; the refresh runs inside {@code UI.access} (one UI
 * at a time, as Vaadin requires), and a pending one is dropped when the view leaves the page.
 */
public final class RefreshThrottle {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ScheduledExecutorService SCHEDULER = Executors.newScheduledThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "ui-refresh-" + THREADS.incrementAndGet());
                t.setDaemon(true);
                return t;
            });

    private final Component owner;
    private final long pauseMillis;
    private final long gapMillis;
    private final Runnable refresh;
    private ScheduledFuture<?> pending;
    private long last;

    public RefreshThrottle(Component owner, long pauseMillis, long gapMillis, Runnable refresh) {
        this.owner = owner;
        this.pauseMillis = pauseMillis;
        this.gapMillis = gapMillis;
        this.refresh = refresh;
        owner.addDetachListener(e -> cancel());
    }

    /** Something changed: refresh soon. Called in the UI's lock, as every broadcast listener is. */
    public void request() {
        UI ui = owner.getUI().orElse(null);
        if (pending != null || ui == null) {
            return;
        }
        long wait = Math.max(pauseMillis, last + gapMillis - System.currentTimeMillis());
        pending = SCHEDULER.schedule(() -> ui.access(() -> {
            pending = null;
            refresh.run();
        }), wait, TimeUnit.MILLISECONDS);
    }

    /** The view refreshed (by the user's choice or after {@link #request}): the gap counts from now. */
    public void refreshed() {
        last = System.currentTimeMillis();
    }

    private void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
