package vn.hcc.dashboard.queue;

/**
 * A registered, not revoked device that opened its page; {@code counterId} is the counter a rating tablet stands at
 * ({@code null}: none set, as for the hall's kiosk and display).
 */
public record DeviceRef(long id, String name, DeviceKind kind, Long counterId) {
}
