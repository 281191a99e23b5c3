package vn.hcc.dashboard.api;

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
 * At most {@code app.api.rate-limit} calls per key in any 60 seconds: a sliding window of call times in memory, one
 * per key id, as the kiosks' ticket limit. A runaway client of the provincial software cannot then load the
 * database the Center's own users work on. In memory on purpose: a restart forgets the window, which lets a key make
 * one more minute's calls once.
 */
@Component
class ApiRateLimit {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Clock clock;
    private final int perMinute;
    private final Map<Long, Deque<Instant>> calls = new ConcurrentHashMap<>();

    ApiRateLimit(Clock clock, @Value("${app.api.rate-limit:120}") int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** Counts one call of the key and says true, or says false when the key has had its share. */
    boolean tryAcquire(long keyId) {
        Instant now = clock.instant();
        Deque<Instant> times = calls.computeIfAbsent(keyId, id -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perMinute) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    int perMinute() {
        return perMinute;
    }
}
