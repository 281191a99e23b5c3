package vn.hcc.dashboard.queue;

import java.util.concurrent.atomic.AtomicReference;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Tickets for tests that are about the queue, not about kiosks: each ticket comes from a kiosk registered for it
 * alone, so the per-kiosk rate limit never counts the tickets of another test.
 */
public final class TestKiosk {

    private TestKiosk() {
    }

    /**
     * A newly registered kiosk's token. Registered by the administrator on a thread of its own: in a UI test the
     * signed-in user of the Vaadin session on this thread would otherwise stand in for the administrator.
     */
    public static String register(DeviceService devices) {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread admin = new Thread(() -> {
            try {
                result.set(SystemAccess.asAdmin(() -> devices.register(new DeviceDraft(
                        "Kiosk " + vn.hcc.dashboard.base.SecretTokens.newToken(), DeviceKind.KIOSK, null)).token()));
            } catch (RuntimeException e) {
                result.set(e);
            }
        });
        admin.start();
        try {
            admin.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (result.get() instanceof RuntimeException e) {
            throw e;
        }
        return (String) result.get();
    }

    public static IssuedTicket issue(DeviceService devices, QueueService queue, Long fieldId) {
        return queue.issue(register(devices), fieldId);
    }
}
