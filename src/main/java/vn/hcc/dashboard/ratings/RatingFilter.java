package vn.hcc.dashboard.ratings;

/**
 * Which ratings of a period count: one unit, counter, officer (username) or field, each {@code null} for all. The
 * unit of an imported rating is its dossier's, of a tablet rating the home agency of the officer who served (the
 * Center for its own staff, the department for a seconded officer); one without counts only under "all units".
 */
public record RatingFilter(Long unitId, Long counterId, String officer, Long fieldId) {

    public static final RatingFilter ALL = new RatingFilter(null, null, null, null);

    public static RatingFilter unit(Long unitId) {
        return new RatingFilter(unitId, null, null, null);
    }
}
