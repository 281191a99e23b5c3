package vn.hcc.dashboard.audit;

/** What happened to the record; the view translates them as {@code audit.action.<name>}. */
public enum AuditAction {
    CREATE, UPDATE, DELETE,
    /** A dossier's status, a fault closed, an item sent for repair, an outage closed, a staff member deactivated,
     * a public device revoked. */
    STATUS,
    /** A dossier's apology letter and its new due date. */
    APOLOGY,
    /** One entry for a whole import: counts only (the dossiers it changed have their own entries). */
    IMPORT,
    /** A week of duty copied from the previous one: counts only. */
    COPY,
    /** A password was set; the entry never holds it. */
    PASSWORD,
    /** A call of the dossier API: its request, status and outcome. */
    CALL
}
