package vn.hcc.dashboard.audit;

import vn.hcc.dashboard.base.Period;

/**
 * What the trail is filtered by: the days of the period (required), the record type ({@code null}: any), the actor
 * (part of a username, blank: anyone) and a text found in the label or equal to the record's id (blank: any).
 */
public record AuditFilter(Period period, AuditedType type, String actor, String text) {

    public AuditFilter {
        if (period == null) {
            throw new IllegalArgumentException("the trail is read for a period");
        }
        actor = actor == null ? "" : actor.trim();
        text = text == null ? "" : text.trim();
    }

    public static AuditFilter of(Period period) {
        return new AuditFilter(period, null, "", "");
    }
}
