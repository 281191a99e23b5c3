package vn.hcc.dashboard.pakn;

import java.time.LocalDate;

/** The public page's filters of published answers; every part may be null (not filtered). */
public record PublicAnswerQuery(String text, PaknCategory category, Long unitId, LocalDate from, LocalDate to) {

    public static PublicAnswerQuery text(String text) {
        return new PublicAnswerQuery(text, null, null, null, null);
    }
}
