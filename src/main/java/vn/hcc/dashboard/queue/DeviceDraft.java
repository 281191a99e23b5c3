package vn.hcc.dashboard.queue;

/** A device the administrator registers: its name, what it shows and, for a rating tablet, its counter. */
public record DeviceDraft(String name, DeviceKind kind, Long counterId) {
}
