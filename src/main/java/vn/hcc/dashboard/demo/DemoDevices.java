package vn.hcc.dashboard.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.queue.DeviceDraft;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.RegisteredDevice;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.cluster.OneNodeJobs;

/**
 * The demo's hall kiosk and hall display, so that the public pages can be tried at once: on a demo database without
 * any device (a fresh one, or one from before devices existed) it registers "Kiosk sảnh" and "Màn hình sảnh" and logs
 * their registration links. The tokens appear only in that log line; a lost link is replaced in the counters admin.
 * Never in production: {@code app.demo-data} is false there.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "app.demo-data", havingValue = "true")
class DemoDevices implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDevices.class);

    private final DeviceService devices;
    private final String baseUrl;

    private final OneNodeJobs jobs;

    DemoDevices(DeviceService devices, @Value("${server.port:8080}") int port, OneNodeJobs jobs) {
        this.jobs = jobs;
        this.devices = devices;
        this.baseUrl = "http://localhost:" + port;
    }

    @Override
    public void run(ApplicationArguments args) {
        // in a cluster only the oldest node fills or checks the shared database; the others start beside it
        jobs.run("demo-devices", this::runHere);
    }

    private void runHere() {
        SystemAccess.asAdmin(() -> {
            if (devices.count() > 0) {
                return;
            }
            RegisteredDevice kiosk = devices.register(new DeviceDraft("Kiosk sảnh", DeviceKind.KIOSK, null));
            RegisteredDevice display = devices.register(new DeviceDraft("Màn hình sảnh", DeviceKind.DISPLAY, null));
            LOG.info("Demo devices registered. Open on the kiosk: {}{} and on the hall display: {}{}", baseUrl,
                    kiosk.registrationPath(), baseUrl, display.registrationPath());
        });
    }
}
