package vn.hcc.dashboard.queue;

import java.time.Duration;

/** A field's queue as a newcomer sees it: how many wait, and the estimated wait (null when no counter serves it). */
public record FieldWait(long waiting, Duration estimate) {
}
