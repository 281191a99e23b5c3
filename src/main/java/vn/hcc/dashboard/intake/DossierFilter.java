package vn.hcc.dashboard.intake;

/** Optional restrictions of the figures; {@code null} means all. */
public record DossierFilter(Long unitId, Long fieldId, Channel channel) {

    public static final DossierFilter ALL = new DossierFilter(null, null, null);
}
