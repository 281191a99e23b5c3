package vn.hcc.dashboard.pakn;

import vn.hcc.dashboard.base.Period;

/** The public page's filters of published answers; every part may be null (not filtered). */
public record PublicAnswerQuery(String text, PaknCategory category, Long unitId, Period published) {

    public static PublicAnswerQuery text(String text) {
        return new PublicAnswerQuery(text, null, null, null);
    }
}
