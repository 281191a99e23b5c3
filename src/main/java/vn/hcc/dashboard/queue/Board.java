package vn.hcc.dashboard.queue;

import java.time.LocalDateTime;
import java.util.List;

/** The hall display: every active counter with the ticket it is calling (or none), and who is still waiting. */
public record Board(List<CounterCall> counters, long waiting, List<FieldWaiting> waitingByField) {

    /** {@code number} is null while the counter calls nobody; {@code paused} is null unless it is paused. */
    public record CounterCall(long counterId, String counterName, String number, LocalDateTime announcedAt,
            int recallCount, PauseReason paused) {
    }

    /** {@code estimate}: the estimated wait of a citizen taking a number now; null when no counter serves it. */
    public record FieldWaiting(String fieldName, long waiting, java.time.Duration estimate) {
    }
}
