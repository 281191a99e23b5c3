package vn.hcc.dashboard.intake;

/** How a dossier was submitted; the smartphone app counts as online submission. */
public enum Channel {
    ONLINE, IN_PERSON, POSTAL, SMARTPHONE;

    public boolean isOnline() {
        return this == ONLINE || this == SMARTPHONE;
    }
}
