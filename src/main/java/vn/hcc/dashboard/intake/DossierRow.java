package vn.hcc.dashboard.intake;

/**
 * A dossier as the intake grid and its details show it: the dossier and the names of its field and unit, resolved
 * by {@link DossierRowService} for a page at a time (views name nothing themselves).
 */
public record DossierRow(Dossier dossier, String fieldName, String unitName) {
}
