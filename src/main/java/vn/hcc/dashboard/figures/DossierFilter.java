package vn.hcc.dashboard.figures;

import vn.hcc.dashboard.intake.Channel;

/** Optional restrictions of the figures; {@code null} means all. */
public record DossierFilter(Long unitId, Long fieldId, Channel channel) {

    public static final DossierFilter ALL = new DossierFilter(null, null, null);
}
