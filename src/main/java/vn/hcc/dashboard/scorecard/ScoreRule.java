package vn.hcc.dashboard.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a sub-indicator earns its points, as the published reconstructions of the portal's method say: all of them
 * when the rate reaches the threshold, otherwise rate × points / threshold; two decimals, half up.
 */
public final class ScoreRule {

    private ScoreRule() {
    }

    /** The points earned at {@code rate} (percent); {@code null} when there is no rate. */
    public static BigDecimal points(BigDecimal rate, BigDecimal threshold, BigDecimal maxPoints) {
        if (rate == null) {
            return null;
        }
        if (threshold.signum() <= 0 || rate.compareTo(threshold) >= 0) {
            return maxPoints.setScale(2, RoundingMode.HALF_UP);
        }
        return rate.multiply(maxPoints).divide(threshold, 2, RoundingMode.HALF_UP);
    }
}
