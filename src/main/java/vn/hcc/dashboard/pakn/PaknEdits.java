package vn.hcc.dashboard.pakn;

import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;

/**
 * What every change of an existing item shares, so that answering ({@link PaknService}) and steering
 * ({@link PaknSteeringService}) load, refuse and save alike. Runs inside the calling service's transaction.
 */
@Component
class PaknEdits {

    private final PaknRepository items;
    private final CurrentUser currentUser;
    private final Broadcaster broadcaster;

    PaknEdits(PaknRepository items, CurrentUser currentUser, Broadcaster broadcaster) {
        this.items = items;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
    }

    /**
     * The item to change: only a director, an administrator or its assigned handler may, and only at the version the
     * user saw ({@link ConcurrentEditException} otherwise, also when it is gone).
     */
    Pakn load(long id, long expectedVersion) {
        Pakn item = items.findById(id).orElseThrow(() -> new ConcurrentEditException("pakn", id));
        boolean steers = currentUser.may(Permission.PAKN_STEER);
        if (!steers && !currentUser.username().orElse("").equals(item.getHandler())) {
            throw new NotYourPaknException(id);
        }
        ConcurrentEditException.check("pakn", id, expectedVersion, item.getVersion());
        return item;
    }

    /** A published or hidden item is final: any change is refused at {@code field}. */
    static void refuseFinal(Pakn item, String field) {
        if (item.getStatus() == PaknStatus.PUBLISHED) {
            throw new FieldValidationException(field, "pakn.error.published-final");
        }
        if (item.getStatus() == PaknStatus.HIDDEN) {
            throw new FieldValidationException(field, "pakn.error.hidden-final");
        }
    }

    /** Saves now (a version clash shows here, not at commit) and tells open views once committed. */
    Pakn saved(Pakn item) {
        Pakn saved = items.saveAndFlush(item);
        broadcaster.publishAfterCommit(PaknService.TOPIC, saved.getId());
        return saved;
    }
}
