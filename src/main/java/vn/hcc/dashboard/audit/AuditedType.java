package vn.hcc.dashboard.audit;

/** The kinds of record the trail covers; the view translates them as {@code audit.type.<name>}. */
public enum AuditedType {
    DOSSIER, STAFF, DUTY, EQUIPMENT, FAULT, OUTAGE, TARGET, UNIT, FIELD, PROCEDURE, HOLIDAY, COUNTER, DEVICE, USER,
    SCORECARD_INDICATOR,
    /** A satisfaction rating's follow-up. */
    RATING,
    /** A key of the dossier API: created, revoked. */
    API_KEY,
    /** One call of the dossier API, by the key that made it (none: refused for want of a valid key). */
    API_CALL
}
