package vn.hcc.dashboard.ratings;

/**
 * Which ratings of a period count: one unit, counter, officer (username) or field, each {@code null} for all. A
 * unit is known only for imported ratings (the dossier's); tablet ratings count under "all units".
 */
public record RatingFilter(Long unitId, Long counterId, String officer, Long fieldId) {

    public static final RatingFilter ALL = new RatingFilter(null, null, null, null);

    public static RatingFilter unit(Long unitId) {
        return new RatingFilter(unitId, null, null, null);
    }
}
