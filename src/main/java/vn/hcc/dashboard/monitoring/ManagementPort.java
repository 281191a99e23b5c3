package vn.hcc.dashboard.monitoring;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The port the actuator's own server listens on ({@code management.server.port}), as it was bound (0 in tests picks
 * a free one). The management server runs in a child context whose start-up event reaches this, the parent's,
 * listener; with no separate management server (the same port as the app) no request is a management request.
 */
@Component
public class ManagementPort implements ApplicationListener<WebServerInitializedEvent> {

    private static final String NAMESPACE = "management";

    private volatile int port = -1;

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (NAMESPACE.equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    /** The bound port, or -1 while (or when) no management server runs. */
    public int port() {
        return port;
    }

    /** Whether the request came in on the management server's port. */
    boolean received(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
