package vn.hcc.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A burst of changes costs one refresh; a view that left the page is not refreshed at all. */
class RefreshThrottleTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** Runs what other threads handed to the UI until {@code until} ms have passed. */
    private static void roundtripsFor(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(10);
        }
    }

    private final Div view = new Div();
    private final AtomicInteger refreshes = new AtomicInteger();

    /** A view on the page that refreshes after a 50 ms pause, at most every 200 ms. */
    private RefreshThrottle throttleOnThePage() {
        UI.getCurrent().add(view);
        return new RefreshThrottle(view, 50, 200, refreshes::incrementAndGet);
    }

    @Test
    void aBurstOfChangesRefreshesOnce() throws InterruptedException {
        RefreshThrottle throttle = throttleOnThePage();
        for (int i = 0; i < 5; i++) {
            throttle.request();
        }
        roundtripsFor(400);
        assertThat(refreshes).hasValue(1);
        throttle.request();
        roundtripsFor(400);
        assertThat(refreshes).hasValue(2);
    }

    @Test
    void aViewThatLeftThePageIsNotRefreshed() throws InterruptedException {
        RefreshThrottle throttle = throttleOnThePage();
        throttle.request();
        UI.getCurrent().remove(view);
        roundtripsFor(300);
        assertThat(refreshes).hasValue(0);
        throttle.request();
        roundtripsFor(300);
        assertThat(refreshes).as("not on the page: nothing to refresh").hasValue(0);
    }
}
