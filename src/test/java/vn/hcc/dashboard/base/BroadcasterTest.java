package vn.hcc.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BroadcasterTest {

    private final Broadcaster broadcaster = new Broadcaster();

    @AfterEach
    void stop() {
        broadcaster.destroy();
    }

    @Test
    void everyListenerReceivesPublishedEvents() throws InterruptedException {
        List<Broadcaster.Event> first = new CopyOnWriteArrayList<>();
        List<Broadcaster.Event> second = new CopyOnWriteArrayList<>();
        CountDownLatch latch = new CountDownLatch(2);
        broadcaster.register(e -> {
            first.add(e);
            latch.countDown();
        });
        broadcaster.register(e -> {
            second.add(e);
            latch.countDown();
        });
        broadcaster.publish("dossiers", 42L);
        assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(first).containsExactly(new Broadcaster.Event("dossiers", 42L));
        assertThat(second).containsExactly(new Broadcaster.Event("dossiers", 42L));
    }

    @Test
    void removedListenerHearsNothing() throws InterruptedException {
        List<Broadcaster.Event> heard = new CopyOnWriteArrayList<>();
        Broadcaster.Registration registration = broadcaster.register(heard::add);
        registration.remove();
        assertThat(broadcaster.listenerCount()).isZero();
        CountDownLatch done = new CountDownLatch(1);
        broadcaster.register(e -> done.countDown());
        broadcaster.publish("dossiers", null);
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).isEmpty();
    }

    @Test
    void aSlowListenerDoesNotBlockThePublisher() {
        CountDownLatch release = new CountDownLatch(1);
        broadcaster.register(e -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        long start = System.nanoTime();
        broadcaster.publish("dossiers", null);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(1000);
        release.countDown();
    }

    @Test
    void publishedEventsGoToTheRelaysDeliveredOnesOnlyToListeners() throws InterruptedException {
        List<Broadcaster.Event> relayed = new CopyOnWriteArrayList<>();
        List<Broadcaster.Event> heard = new CopyOnWriteArrayList<>();
        CountDownLatch both = new CountDownLatch(2);
        broadcaster.relayTo(relayed::add);
        broadcaster.register(e -> {
            heard.add(e);
            both.countDown();
        });
        broadcaster.publish("dossiers", 1L);
        broadcaster.deliver(new Broadcaster.Event("queue", 2L));
        assertThat(both.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(heard).containsExactly(new Broadcaster.Event("dossiers", 1L), new Broadcaster.Event("queue", 2L));
        assertThat(relayed).as("an event from another node is not sent back out")
                .containsExactly(new Broadcaster.Event("dossiers", 1L));
    }
}
