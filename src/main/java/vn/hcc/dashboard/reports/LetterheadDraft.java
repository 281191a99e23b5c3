package vn.hcc.dashboard.reports;

/**
 * A unit's letterhead as the form edits it. {@code version} is the stored version the user started from,
 * {@code null} when the unit had none stored yet; a save from an older version is refused as a concurrent edit.
 */
public record LetterheadDraft(Long unitId, Long version, String governingBody, String issuer, String numberSymbol,
        String place, String preparerName, String headTitle, String headName) {
}
