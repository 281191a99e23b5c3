package vn.hcc.dashboard.queue;

import java.time.LocalDateTime;

/** What the kiosk shows after a touch: the number, its field, the time, and how many wait before it. */
public record IssuedTicket(long id, String number, String fieldName, LocalDateTime issuedAt, long waitingAhead) {

    public java.time.LocalDate issuedOn() {
        return issuedAt.toLocalDate();
    }
}
