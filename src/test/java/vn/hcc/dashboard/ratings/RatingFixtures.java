package vn.hcc.dashboard.ratings;

import vn.hcc.dashboard.queue.DeviceDraft;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.queue.Ticket;
import vn.hcc.dashboard.security.SystemAccess;

/** Steps the ratings' tests share: a rating tablet registered for a counter, a ticket served at a counter. */
public final class RatingFixtures {

    private RatingFixtures() {
    }

    /** A new rating tablet's token, bound to {@code counterId} ({@code null}: none). */
    public static String tablet(DeviceService devices, Long counterId) {
        return SystemAccess.asAdmin(() -> devices.register(new DeviceDraft("Máy đánh giá " + System.nanoTime(),
                DeviceKind.RATING_TABLET, counterId)).token());
    }

    /** A ticket of {@code fieldId} issued, called and served at {@code counterId} by the signed-in officer. */
    public static Ticket served(DeviceService devices, QueueService queue, long counterId, long fieldId) {
        TestKiosk.issue(devices, queue, fieldId);
        Ticket called = queue.callNext(counterId).orElseThrow();
        return queue.serve(called.getId(), called.getVersion());
    }
}
