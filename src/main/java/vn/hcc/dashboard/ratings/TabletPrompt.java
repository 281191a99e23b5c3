package vn.hcc.dashboard.ratings;

/**
 * What a counter's tablet shows now: idle, the number the counter is serving, or the question about the ticket it
 * has just finished (its id, number and the officer's name).
 */
public record TabletPrompt(State state, Long ticketId, String ticketNumber, String officerName) {

    public enum State {
        IDLE, SERVING, ASK
    }

    static TabletPrompt idle() {
        return new TabletPrompt(State.IDLE, null, null, null);
    }

    static TabletPrompt serving(String number) {
        return new TabletPrompt(State.SERVING, null, number, null);
    }

    static TabletPrompt ask(long ticketId, String number, String officerName) {
        return new TabletPrompt(State.ASK, ticketId, number, officerName);
    }
}
