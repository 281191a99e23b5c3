package vn.hcc.dashboard.intake;

/**
 * How a dossier was submitted; the smartphone app counts as online submission. Biểu II.06a tells ordinary postal
 * services ({@link #ORDINARY_POSTAL}, "Bưu chính") from the public postal service ({@link #POSTAL}, "Bưu chính
 * công ích", BCCI), which is what {@code POSTAL} has always meant here; both count as "trực tiếp, dịch vụ bưu chính".
 */
public enum Channel {
    ONLINE, IN_PERSON, ORDINARY_POSTAL, POSTAL, SMARTPHONE;

    public boolean isOnline() {
        return this == ONLINE || this == SMARTPHONE;
    }
}
