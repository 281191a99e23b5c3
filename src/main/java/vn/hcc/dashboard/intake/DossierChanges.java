package vn.hcc.dashboard.intake;

/**
 * Told by {@link DossierService} of every dossier it writes, in the writing transaction: the period figures' tally
 * counts what changed. The service calls it explicitly, so that no write of a dossier reaches the table uncounted and
 * no write is counted behind the service's back.
 */
public interface DossierChanges {

    /** A dossier changed from {@code before} (null: new) to {@code after} (null: deleted). */
    void changed(DossierData before, DossierData after);
}
