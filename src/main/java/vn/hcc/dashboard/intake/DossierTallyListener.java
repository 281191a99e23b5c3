package vn.hcc.dashboard.intake;

import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.springframework.stereotype.Component;

/**
 * Hooks {@link DossierTally} into every write of a {@link Dossier}: the service's record and status changes, the
 * import's upserts, the demo generator, a test's repository call. The entity remembers what the tally holds for it
 * (its values when loaded or last written), so an update moves exactly its old share to its new one.
 */
@Component
class DossierTallyListener {

    private final DossierTally tally;

    DossierTallyListener(DossierTally tally) {
        this.tally = tally;
    }

    @PostLoad
    void loaded(Dossier dossier) {
        dossier.tallied = dossier.data();
        tally.watch();
    }

    @PostPersist
    void inserted(Dossier dossier) {
        DossierData now = dossier.data();
        tally.changed(null, now);
        dossier.tallied = now;
    }

    @PostUpdate
    void updated(Dossier dossier) {
        DossierData now = dossier.data();
        tally.changed(dossier.tallied, now);
        dossier.tallied = now;
    }

    @PostRemove
    void removed(Dossier dossier) {
        tally.changed(dossier.tallied, null);
        dossier.tallied = null;
    }
}
