package vn.hcc.dashboard.queue;

import java.time.LocalDateTime;

/**
 * One ticket's own times as a visit's timeline tells them, names resolved: issued, called (first call) at which
 * counter by whom, how many recalls, finished (served or not shown up), and the tickets it was transferred from and
 * to (a transfer gives the citizen a new number in another field; null: none).
 */
public record TicketTrail(long id, String number, String fieldName, LocalDateTime issuedAt, LocalDateTime calledAt,
        int recallCount, String counterName, String servedBy, String officerName, LocalDateTime servedUntil,
        TicketStatus status, Long transferredFromId, String transferredFromNumber, Long transferredToId,
        String transferredToNumber) {
}
