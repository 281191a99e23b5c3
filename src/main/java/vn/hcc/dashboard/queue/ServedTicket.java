package vn.hcc.dashboard.queue;

import java.time.LocalDateTime;

/** A ticket finished as served at a counter: what the citizen may rate, and whom and what the rating is about. */
public record ServedTicket(long id, String number, Long counterId, long fieldId, String servedBy,
        LocalDateTime servedUntil) {

    static ServedTicket of(Ticket t) {
        return new ServedTicket(t.getId(), t.getNumber(), t.getCounterId(), t.getFieldId(), t.getServedBy(),
                t.getServedUntil());
    }
}
