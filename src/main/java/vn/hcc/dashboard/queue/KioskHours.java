package vn.hcc.dashboard.queue;

import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * Whether the kiosk gives numbers now: while open, until when; while closed, when it opens next (null when no
 * opening is set in the coming weeks).
 */
public record KioskHours(boolean open, LocalTime closesAt, LocalDateTime nextOpening) {
}
