package vn.hcc.dashboard.ratings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.hcc.dashboard.base.VnFormat;

/**
 * The ratings of a period (and filter) by level. Satisfaction rate = (very satisfied + satisfied) / ratings, in
 * percent with two decimals cut, the one rate rule of the KPIs (seed 000: 100% very satisfied, rate 100,00%).
 */
public record RatingCounts(long verySatisfied, long satisfied, long unsatisfied) {

    public static final RatingCounts EMPTY = new RatingCounts(0, 0, 0);

    public long total() {
        return verySatisfied + satisfied + unsatisfied;
    }

    /** The rate's numerator: very satisfied + satisfied. */
    public long satisfiedTotal() {
        return verySatisfied + satisfied;
    }

    /** Percent, two decimals cut; {@code null} without ratings. */
    public BigDecimal rate() {
        return total() == 0 ? null : BigDecimal.valueOf(satisfiedTotal()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total()), 2, RoundingMode.DOWN);
    }

    /** "97,50%", or "–" without ratings. */
    public String formattedRate() {
        return VnFormat.percent(satisfiedTotal(), total());
    }

    public RatingCounts plus(RatingCounts o) {
        return new RatingCounts(verySatisfied + o.verySatisfied, satisfied + o.satisfied, unsatisfied + o.unsatisfied);
    }

    static RatingCounts of(RatingLevel level, long count) {
        return switch (level) {
            case VERY_SATISFIED -> new RatingCounts(count, 0, 0);
            case SATISFIED -> new RatingCounts(0, count, 0);
            case UNSATISFIED -> new RatingCounts(0, 0, count);
        };
    }
}
