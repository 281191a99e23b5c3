package vn.hcc.dashboard.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code app.kiosk.max-tickets-per-minute} tickets per device in any 60 seconds: a sliding window of the
 * issue times in memory, one per device, keyed by the device's token hash (unique for ever, unlike an id a
 * test database may give again). A person takes one ticket, a family a few; more from one kiosk in a minute
 * is someone playing with it or a script. Kept in memory on purpose: a restart forgets the window, which only lets
 * a kiosk issue a few more tickets once.
 */
@Component
class TicketRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final int maxPerMinute;
    private final Map<String, Deque<Instant>> issued = new ConcurrentHashMap<>();

    TicketRateLimit(Clock clock, @Value("${app.kiosk.max-tickets-per-minute:6}") int maxPerMinute) {
        this.clock = clock;
        this.maxPerMinute = maxPerMinute;
    }

    /** Counts one ticket for the device and says true, or says false when the device has had its share. */
    boolean tryAcquire(String device) {
        Instant now = clock.instant();
        Deque<Instant> times = issued.computeIfAbsent(device, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= maxPerMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    int maxPerMinute() {
        return maxPerMinute;
    }
}
