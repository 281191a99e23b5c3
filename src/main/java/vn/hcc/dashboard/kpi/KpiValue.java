package vn.hcc.dashboard.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.targets.Kpi;

/**
 * One KPI over a period: {@code numerator / denominator} and the target that applies ({@code null}: none).
 * {@code numerator == null} means the product has no source for this figure yet (reuse, satisfaction): it is
 * shown as "no data", never as 0%.
 * <p>
 * The one rate rule: percent with two decimals, <b>cut</b> (not rounded), as the provincial one-stop software prints
 * it (the Kim Thành and Lương Tài reports) and as {@link VnFormat#percent(long, long)} formats it. The state compares that cut rate
 * with the target, so 99,999% never meets a 100% target. Hand-made reports that round half up (the Sơn Trung 2024 report: 768/792
 * printed as 96,97%) show 96,96% here.
 */
public record KpiValue(Kpi kpi, Long numerator, Long denominator, BigDecimal target) {

    public static final BigDecimal CLOSE_POINTS = BigDecimal.TEN;

    public static KpiValue noData(Kpi kpi, BigDecimal target) {
        return new KpiValue(kpi, null, null, target);
    }

    public boolean hasData() {
        return numerator != null && denominator != null && denominator > 0;
    }

    /** The rate in percent, two decimals cut; {@code null} without data. */
    public BigDecimal rate() {
        if (!hasData()) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.DOWN);
    }

    /**
     * Why there is no rate, as a translation key: no source for the figure, or nothing in the KPI's denominator
     * ({@link KpiBasis}); {@code null} when there is a rate.
     */
    public String emptyKey() {
        if (hasData()) {
            return null;
        }
        return numerator == null ? KpiBasis.NO_SOURCE.emptyKey() : KpiBasis.of(kpi).emptyKey();
    }

    /** "55,59%", or "–" without data. */
    public String formattedRate() {
        return hasData() ? VnFormat.percent(numerator, denominator) : "–";
    }

    public KpiState state() {
        BigDecimal rate = rate();
        if (rate == null) {
            return KpiState.NO_DATA;
        }
        if (target == null) {
            return KpiState.NO_TARGET;
        }
        if (rate.compareTo(target) >= 0) {
            return KpiState.ACHIEVED;
        }
        return target.subtract(rate).compareTo(CLOSE_POINTS) <= 0 ? KpiState.CLOSE : KpiState.MISSED;
    }

    /** Percentage points against another period's value of the same KPI; {@code null} if either has no rate. */
    public BigDecimal changeFrom(KpiValue previous) {
        BigDecimal now = rate();
        BigDecimal before = previous == null ? null : previous.rate();
        return now == null || before == null ? null : now.subtract(before);
    }
}
