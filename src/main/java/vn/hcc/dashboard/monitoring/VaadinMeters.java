package vn.hcc.dashboard.monitoring;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.PushConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Gauges of what Vaadin holds open: sessions ({@code hcc_sessions_open}), UIs, i.e. browser tabs
 * ({@code hcc_ui_open}), and UIs whose Push connection is up ({@code hcc_push_connections}). The UIs are held
 * weakly: a UI that is never detached (a JVM-wide leak elsewhere) still leaves the count once collected.
 */
@Component
class VaadinMeters implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final Set<UI> uis = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    VaadinMeters(MeterRegistry registry) {
        Gauge.builder("hcc.sessions.open", sessions, AtomicInteger::get)
                .description("Vaadin sessions open").register(registry);
        Gauge.builder("hcc.ui.open", this, m -> m.openUis().size())
                .description("Vaadin UIs (browser tabs) open").register(registry);
        Gauge.builder("hcc.push.connections", this, VaadinMeters::pushConnections)
                .description("UIs with a connected Push channel").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.updateAndGet(n -> Math.max(0, n - 1)));
        event.getSource().addUIInitListener(e -> {
            UI ui = e.getUI();
            uis.add(ui);
            ui.addDetachListener(d -> uis.remove(ui));
        });
    }

    private List<UI> openUis() {
        synchronized (uis) {
            return new ArrayList<>(uis).stream().filter(ui -> !ui.isClosing()).toList();
        }
    }

    /** Read without the session lock: a gauge may be a moment behind a connection coming or going. */
    private double pushConnections() {
        return openUis().stream().filter(ui -> {
            PushConnection push = ui.getInternals().getPushConnection();
            return push != null && push.isConnected();
        }).count();
    }
}
