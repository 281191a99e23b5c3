package vn.hcc.dashboard.queue;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * A ticket as its holder follows it on the phone: where it stands now. After a transfer it is the new ticket (the
 * citizen keeps one QR code); {@code counterName} is set while called, {@code ahead} and {@code estimatedWait}
 * while waiting. Nothing about other citizens or the officer.
 */
public record TicketTracking(String number, String fieldName, LocalDateTime issuedAt, State state, long ahead,
        Duration estimatedWait, String counterName, String transferredFrom) {

    public enum State {
        WAITING, CALLED, SERVED, NO_SHOW
    }
}
