package vn.hcc.dashboard.queue;

/** A registered, not revoked device that opened its page. */
public record DeviceRef(long id, String name, DeviceKind kind) {
}
