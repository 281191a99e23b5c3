package vn.hcc.dashboard.base;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Publishes application events (for example "dossiers changed") to every open view that listens, so that
 * dashboards update live through Vaadin Push. Listeners run off the publishing thread: a slow browser never
 * blocks a save. A view registers on attach, unregisters on detach, and uses {@code UI.access} to repaint.
 */
@Component
public class Broadcaster implements DisposableBean {

    /** What changed; {@code topic} is a stable name such as {@code "dossiers"}. */
    public record Event(String topic, Object payload) {
    }

    /** Handle to stop listening. */
    public interface Registration {
        void remove();
    }

    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "broadcaster");
        t.setDaemon(true);
        return t;
    });

    public Registration register(Consumer<Event> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(String topic, Object payload) {
        Event event = new Event(topic, payload);
        for (Consumer<Event> listener : listeners) {
            executor.execute(() -> listener.accept(event));
        }
    }

    /** Publishes once the current transaction has committed, so listeners never read uncommitted data. */
    public void publishAfterCommit(String topic, Object payload) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish(topic, payload);
                }
            });
        } else {
            publish(topic, payload);
        }
    }

    public int listenerCount() {
        return listeners.size();
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
