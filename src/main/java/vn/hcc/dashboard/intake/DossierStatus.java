package vn.hcc.dashboard.intake;

import java.util.EnumSet;
import java.util.Set;

/** Where a dossier stands. Resolved and returned carry a result date; withdrawn and refused are final. */
public enum DossierStatus {
    IN_PROGRESS, SUPPLEMENT_REQUESTED, SUSPENDED_FINANCIAL, SUSPENDED_OTHER, RESOLVED, RETURNED, WITHDRAWN, REFUSED;

    public static final Set<DossierStatus> SUSPENDED = EnumSet.of(SUPPLEMENT_REQUESTED, SUSPENDED_FINANCIAL,
            SUSPENDED_OTHER);
    public static final Set<DossierStatus> WITH_RESULT = EnumSet.of(RESOLVED, RETURNED);
    public static final Set<DossierStatus> ENDED = EnumSet.of(WITHDRAWN, REFUSED);

    public boolean hasResult() {
        return WITH_RESULT.contains(this);
    }

    public boolean isFinal() {
        return ENDED.contains(this);
    }
}
