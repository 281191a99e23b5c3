package vn.hcc.dashboard.catalog;

/** The Center itself, a department that resolves dossiers, or a commune's one-stop shop. */
public enum UnitKind {
    CENTER, DEPARTMENT, COMMUNE
}
