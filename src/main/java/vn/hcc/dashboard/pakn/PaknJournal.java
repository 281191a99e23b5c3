package vn.hcc.dashboard.pakn;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.security.CurrentUser;

/** Writes an item's history: one row per changed field of an action, by the signed-in user, now. */
@Component
class PaknJournal {

    private final PaknHistoryRepository history;
    private final CurrentUser currentUser;
    private final Clock clock;

    PaknJournal(PaknHistoryRepository history, CurrentUser currentUser, Clock clock) {
        this.history = history;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * One entry of an action with changes {@code field, before, after, field, before, after, …}; unchanged fields
     * are left out, and an action that changed nothing still leaves one row.
     */
    void write(long paknId, String action, String... changes) {
        writeBy(currentUser.username().orElse("system"), paknId, action, changes);
    }

    /** The same, by someone who has no account (a citizen on the public page). */
    void writeBy(String by, long paknId, String action, String... changes) {
        LocalDateTime now = LocalDateTime.now(clock);
        boolean any = false;
        for (int i = 0; i + 2 < changes.length; i += 3) {
            if (!Objects.equals(changes[i + 1], changes[i + 2])) {
                history.save(new PaknHistory(paknId, now, by, action, changes[i], changes[i + 1], changes[i + 2]));
                any = true;
            }
        }
        if (!any) {
            history.save(new PaknHistory(paknId, now, by, action, null, null, null));
        }
    }

    List<PaknHistory> of(long paknId) {
        return history.findByPaknIdOrderByChangedAtAscIdAsc(paknId);
    }
}
