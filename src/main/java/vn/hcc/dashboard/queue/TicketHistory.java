package vn.hcc.dashboard.queue;

import java.time.LocalDateTime;

/**
 * A finished ticket of an earlier day for the bulk import (demo data, migration from a ticket machine): served, or
 * called and not shown up. The import gives it its number in the order of issue.
 */
public record TicketHistory(long fieldId, LocalDateTime issuedAt, LocalDateTime calledAt, Long counterId,
        String servedBy, LocalDateTime servedUntil, TicketStatus status) {
}
