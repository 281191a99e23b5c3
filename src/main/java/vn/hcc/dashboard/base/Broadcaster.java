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
 * In cluster mode a relay ({@code cluster.ClusterEvents}) carries every event published here to the other nodes and
 * hands theirs to {@link #deliver}, so that a dossier saved on one node repaints the dashboards of all.
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
    private final List<Consumer<Event>> relays = new CopyOnWriteArrayList<>();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "broadcaster");
        t.setDaemon(true);
        return t;
    });

    public Registration register(Consumer<Event> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Also hands every event published on this node to {@code relay} (on the publishing thread: a relay only queues
     * it for the network). Events that came from another node through {@link #deliver} are not relayed again.
     */
    public Registration relayTo(Consumer<Event> relay) {
        relays.add(relay);
        return () -> relays.remove(relay);
    }

    public void publish(String topic, Object payload) {
        Event event = new Event(topic, payload);
        deliver(event);
        for (Consumer<Event> relay : relays) {
            relay.accept(event);
        }
    }

    /** Gives {@code event} to this node's listeners only: the way in for events published on another node. */
    public void deliver(Event event) {
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
