package vn.hcc.dashboard.equipment;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An outage of a period and the dossiers that fell late while it lasted: due on a day the outage covered, and resolved
 * after their due day or still in progress past it. {@code lateCodes} holds the first of them by due day (capped);
 * {@code lateCount} counts them all. {@code counters} is empty when the whole Center was affected.
 */
public record OutageImpact(long outageId, OutageKind kind, LocalDateTime startedAt, LocalDateTime endedAt,
        List<String> counters, String notes, long lateCount, List<String> lateCodes) {
}
