package vn.hcc.dashboard.pakn;

/**
 * The PAKN figures of one row for a period [from, to]: what was received (in the period, or carried over still
 * unanswered at {@code from}) and where each item stands at {@code to}: handled (answered) on time or late against
 * its deadline, pending within the deadline or overdue, or hidden. Every item lands in exactly one state, so
 * {@code received = handled + pending + hidden} always.
 */
public record PaknCounts(long receivedInPeriod, long carriedOver, long handledOnTime, long handledLate,
        long pendingWithinDeadline, long pendingOverdue, long hidden) {

    public static final PaknCounts EMPTY = new PaknCounts(0, 0, 0, 0, 0, 0, 0);

    public long received() {
        return receivedInPeriod + carriedOver;
    }

    public long handled() {
        return handledOnTime + handledLate;
    }

    public long pending() {
        return pendingWithinDeadline + pendingOverdue;
    }

    /**
     * The petitions that had to be answered by {@code to}: those answered (whenever their deadline) plus those still
     * open past their deadline — the denominator of "PAKN handled on time" (answered within the
     * deadline / PAKN due), so an unanswered overdue petition lowers the rate instead of vanishing from it.
     */
    public long due() {
        return handled() + pendingOverdue;
    }

    public boolean addsUp() {
        return received() == handled() + pending() + hidden;
    }

    public PaknCounts plus(PaknCounts o) {
        return new PaknCounts(receivedInPeriod + o.receivedInPeriod, carriedOver + o.carriedOver,
                handledOnTime + o.handledOnTime, handledLate + o.handledLate,
                pendingWithinDeadline + o.pendingWithinDeadline, pendingOverdue + o.pendingOverdue, hidden + o.hidden);
    }
}
