package vn.hcc.dashboard.queue;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The hall at one moment, for the wall: how many citizens wait today and since when the longest-waiting one holds
 * a ticket ({@code null} when nobody waits), and each active counter with the ticket it is calling or serving.
 */
public record HallNow(long waiting, LocalDateTime oldestWaitingSince, String oldestWaitingNumber,
        List<Counter> counters) {

    /** An active counter; {@code number} and {@code servedBy} (a username) are null while it calls nobody. */
    public record Counter(long counterId, String name, String number, String servedBy) {
    }
}
