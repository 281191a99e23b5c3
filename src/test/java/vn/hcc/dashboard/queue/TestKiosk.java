package vn.hcc.dashboard.queue;

import vn.hcc.dashboard.security.SystemAccess;

/**
 * Tickets for tests that are about the queue, not about kiosks: each ticket comes from a kiosk registered for it
 * alone, so the per-kiosk rate limit never counts the tickets of another test.
 */
public final class TestKiosk {

    private TestKiosk() {
    }

    /** A newly registered kiosk's token. */
    public static String register(DeviceService devices) {
        return SystemAccess.asAdmin(() -> devices.register(new DeviceDraft("Kiosk " + DeviceTokens.newToken(),
                DeviceKind.KIOSK, null)).token());
    }

    public static IssuedTicket issue(DeviceService devices, QueueService queue, Long fieldId) {
        return queue.issue(register(devices), fieldId);
    }
}
