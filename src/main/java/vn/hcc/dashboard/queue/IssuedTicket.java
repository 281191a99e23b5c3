package vn.hcc.dashboard.queue;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * What the kiosk shows and prints after a touch: the number, its field, the time, how many wait before it, the
 * estimated wait (null when no counter serves the field), the code of the QR code that follows the ticket and the
 * priority the citizen chose (null: none).
 */
public record IssuedTicket(long id, String number, String fieldName, LocalDateTime issuedAt, long waitingAhead,
        Duration estimatedWait, String trackingCode, TicketPriority priority) {

    public java.time.LocalDate issuedOn() {
        return issuedAt.toLocalDate();
    }
}
