package vn.hcc.dashboard.intake;

import java.time.LocalDateTime;

/**
 * One row of a dossier's history: at, by (username, "system" for a job), the action ({@code RECORDED}, {@code UPDATED},
 * {@code STATUS}, {@code APOLOGY}, {@code IMPORTED}, {@code IMPORT_UPDATED}), the field changed with its values as
 * text (dates ISO, statuses by name); field null when the action changed none of the followed fields.
 */
public record DossierChange(LocalDateTime at, String by, String action, String field, String before, String after) {
}
