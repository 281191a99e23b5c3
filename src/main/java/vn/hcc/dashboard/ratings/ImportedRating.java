package vn.hcc.dashboard.ratings;

import java.time.LocalDateTime;

/** A dossier's rating from the import file: the dossier's code, field and unit, when it counts, and the level. */
public record ImportedRating(String dossierCode, Long fieldId, Long unitId, LocalDateTime ratedAt, RatingLevel level) {
}
