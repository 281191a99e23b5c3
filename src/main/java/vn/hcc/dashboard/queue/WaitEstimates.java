package vn.hcc.dashboard.queue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The estimated wait of a citizen who has {@code ahead} people before them in a field: ahead × the field's mean
 * service time ÷ the active counters serving the field, rounded up to a minute. The mean is that of the field's
 * tickets served in the last 28 days (one aggregate query), or {@code app.queue.kiosk.default-service-time} while it
 * has fewer than {@value #MIN_SAMPLES} of them. A counter serving several fields counts fully for each: the estimate
 * is the short side, as a citizen is told "about". No counter serving the field: no estimate.
 */
@Component
class WaitEstimates {

    static final int MIN_SAMPLES = 5;
    private static final int HISTORY_DAYS = 28;

    private static final String MEAN_SERVICE = """
            SELECT field_id, COUNT(*) AS n, SUM(TIMESTAMPDIFF(SECOND, called_at, served_until)) AS total
            FROM queue_ticket
            WHERE issued_on BETWEEN :from AND :to AND field_id IN (:fields)
              AND status = 'SERVED' AND called_at IS NOT NULL AND served_until IS NOT NULL
            GROUP BY field_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ServiceCounterRepository counters;
    private final KioskSettings settings;
    private final CounterPauseService pauses;

    WaitEstimates(NamedParameterJdbcTemplate jdbc, ServiceCounterRepository counters, KioskSettings settings,
            CounterPauseService pauses) {
        this.pauses = pauses;
        this.jdbc = jdbc;
        this.counters = counters;
        this.settings = settings;
    }

    /** Field id → its mean service time (the default while there is too little history). */
    Map<Long, Duration> meanServiceTimes(Collection<Long> fieldIds, LocalDate today) {
        Map<Long, Duration> means = new HashMap<>();
        fieldIds.forEach(f -> means.put(f, settings.getDefaultServiceTime()));
        if (fieldIds.isEmpty()) {
            return means;
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("fields", fieldIds)
                .addValue("from", today.minusDays(HISTORY_DAYS)).addValue("to", today);
        jdbc.query(MEAN_SERVICE, params, rs -> {
            long n = rs.getLong("n");
            if (n >= MIN_SAMPLES) {
                means.put(rs.getLong("field_id"), Duration.ofSeconds(rs.getLong("total") / n));
            }
        });
        return means;
    }

    /** Field id → the number of active counters serving it, not paused unless all of them are. */
    Map<Long, Integer> countersPerField() {
        Map<Long, Integer> active = new HashMap<>();
        Map<Long, Integer> working = new HashMap<>();
        java.util.Set<Long> paused = pauses.pausedNow().keySet();
        counters.findByActiveTrueOrderByCode().forEach(c -> c.getFieldIds().forEach(f -> {
            active.merge(f, 1, Integer::sum);
            if (!paused.contains(c.getId())) {
                working.merge(f, 1, Integer::sum);
            }
        }));
        active.replaceAll((field, n) -> working.getOrDefault(field, n));
        return active;
    }

    /** The estimate for one field; null when no counter serves it. */
    Duration estimate(long fieldId, long ahead, LocalDate today) {
        List<Long> one = List.of(fieldId);
        return estimate(ahead, meanServiceTimes(one, today).get(fieldId), countersPerField().getOrDefault(fieldId, 0));
    }

    static Duration estimate(long ahead, Duration meanService, int counters) {
        if (counters <= 0) {
            return null;
        }
        long seconds = ahead * meanService.toSeconds();
        long minutes = (seconds + counters * 60L - 1) / (counters * 60L);
        return Duration.ofMinutes(minutes);
    }
}
