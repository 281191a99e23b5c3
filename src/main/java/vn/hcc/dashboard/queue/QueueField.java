package vn.hcc.dashboard.queue;

/** A field as the kiosk offers it: a button with the name, the code before every number. */
public record QueueField(long id, String code, String name) {
}
