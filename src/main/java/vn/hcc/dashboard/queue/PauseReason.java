package vn.hcc.dashboard.queue;

/** Why a counter stopped calling for a while; {@link #OTHER} needs a note. Label: {@code queue.pause.reason.<NAME>}. */
public enum PauseReason {
    BREAK, MEETING, HELPING, EQUIPMENT, OTHER;

    public String labelKey() {
        return "queue.pause.reason." + name();
    }
}
