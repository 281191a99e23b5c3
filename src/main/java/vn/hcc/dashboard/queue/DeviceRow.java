package vn.hcc.dashboard.queue;

/** A device in the administrator's list, with the name of its counter (empty when it has none). */
public record DeviceRow(PublicDevice device, String counterName) {
}
