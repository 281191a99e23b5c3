package vn.hcc.dashboard.queue;

/** Where a ticket stands: waiting in the hall, called to a counter, then served or not shown up. */
public enum TicketStatus {
    WAITING, CALLED, SERVED, NO_SHOW;

    public boolean isFinal() {
        return this == SERVED || this == NO_SHOW;
    }
}
