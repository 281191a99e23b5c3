package vn.hcc.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.base.ui.LiveUpdates;

class LiveUpdatesTest {

    private final Broadcaster broadcaster = new Broadcaster();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        broadcaster.destroy();
    }

    @Test
    void anAttachedComponentRepaintsOnItsTopicOnly() throws InterruptedException {
        Span counter = new Span("0");
        LiveUpdates.subscribe(counter, broadcaster, "dossiers", e -> counter.setText(String.valueOf(e.payload())));
        UI.getCurrent().add(counter);
        assertThat(broadcaster.listenerCount()).isEqualTo(1);

        broadcaster.publish("pakn", 7);
        broadcaster.publish("dossiers", 4466);
        awaitText(counter, "4466");
        assertThat(counter.getText()).isEqualTo("4466");
    }

    @Test
    void aDetachedComponentStopsListening() {
        Span counter = new Span("0");
        LiveUpdates.subscribe(counter, broadcaster, "dossiers", e -> counter.setText("changed"));
        UI.getCurrent().add(counter);
        UI.getCurrent().remove(counter);
        assertThat(broadcaster.listenerCount()).isZero();
        UI.getCurrent().add(counter);
        assertThat(broadcaster.listenerCount()).isEqualTo(1);
    }

    /** UI.access runs the change when the session lock is free; karibu runs pending tasks on clientRoundtrip. */
    private static void awaitText(Span span, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!expected.equals(span.getText()) && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(20);
        }
    }
}
