package vn.hcc.dashboard.audit;

/** The kinds of record the trail covers; the view translates them as {@code audit.type.<name>}. */
public enum AuditedType {
    DOSSIER, STAFF, DUTY, EQUIPMENT, FAULT, OUTAGE, TARGET, UNIT, FIELD, PROCEDURE, HOLIDAY, COUNTER, DEVICE, USER,
    SCORECARD_INDICATOR,
    /** A satisfaction rating's follow-up. */
    RATING
}
