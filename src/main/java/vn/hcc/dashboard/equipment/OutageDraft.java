package vn.hcc.dashboard.equipment;

import java.time.LocalDateTime;
import java.util.Set;

/** What the outage form sends: {@code endedAt == null} while it lasts; no counters means the whole Center. */
public record OutageDraft(Long id, long version, OutageKind kind, LocalDateTime startedAt, LocalDateTime endedAt,
        Set<Long> counterIds, String notes) {
}
