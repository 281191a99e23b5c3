package vn.hcc.dashboard.queue;

/** A waiting ticket with the name of its field, as the counter's waiting list shows it. */
public record WaitingTicket(Ticket ticket, String fieldName) {
}
