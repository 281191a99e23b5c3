package vn.hcc.dashboard.queue;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which counter a sign-in sits at on a day, from the duty schedule. The schedule is the staff feature's, which
 * depends on the queue (its duties name counters); it implements this, so that the counter view can preselect the
 * officer's counter without the queue depending on staff.
 */
public interface CounterOnDuty {

    Optional<Long> counterOnDuty(String username, LocalDate day);
}
