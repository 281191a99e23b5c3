package vn.hcc.dashboard.staffing;

import java.time.Duration;

/**
 * The M/M/c queue's Erlang-C estimate of how many counters a slot needs: citizens arrive at random at rate λ (per
 * hour), a counter serves at rate μ = 60 / mean service minutes (per hour), the offered load is a = λ / μ (Erlangs).
 * With c counters (c > a, otherwise the queue grows without end) the probability that an arrival has to wait is
 *
 * <pre>
 *            a^c / c! · c / (c − a)
 * C(c, a) = ─────────────────────────────────────────────
 *            Σ_{k=0}^{c−1} a^k / k!  +  a^c / c! · c / (c − a)
 * </pre>
 *
 * and the share served within t is P(W ≤ t) = 1 − C(c, a) · e^{−(cμ − λ)·t}. The counters needed are the smallest
 * c > a with P(W ≤ t) ≥ the target share. The model assumes a steady state inside each 30-minute slot, which a real
 * morning rush only approaches: the estimate is a planning aid, not a promise.
 */
public final class ErlangC {

    /** No hall has more; a target that needs more is unreachable (a share of 100 % never is). */
    static final int MAX_COUNTERS = 200;

    private ErlangC() {
    }

    /**
     * C(c, a), through Erlang B's recursion B(0) = 1, B(k) = a·B(k−1) / (k + a·B(k−1)) and C = c·B / (c − a·(1 − B)),
     * which gives the same value as the formula above without factorials that overflow; 1 when c ≤ a.
     */
    public static double probabilityOfWaiting(int c, double a) {
        if (a <= 0) {
            return 0;
        }
        if (c <= a) {
            return 1;
        }
        double b = 1;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        return c * b / (c - a * (1 - b));
    }

    /** P(W ≤ t) with c counters, λ per hour and the mean service time; 0 when c ≤ a (the queue never settles). */
    public static double serviceLevel(int c, double arrivalsPerHour, double meanServiceMinutes, Duration wait) {
        if (arrivalsPerHour <= 0) {
            return 1;
        }
        double mu = 60 / meanServiceMinutes;
        double a = arrivalsPerHour / mu;
        if (c <= a) {
            return 0;
        }
        double hours = wait.toSeconds() / 3600.0;
        return 1 - probabilityOfWaiting(c, a) * Math.exp(-(c * mu - arrivalsPerHour) * hours);
    }

    /**
     * The smallest c > a whose share served within {@code wait} reaches {@code targetShare} (0 < share < 1); 0 when
     * nobody arrives.
     */
    public static int countersNeeded(double arrivalsPerHour, double meanServiceMinutes, double targetShare,
            Duration wait) {
        if (!(targetShare > 0 && targetShare < 1)) {
            throw new IllegalArgumentException("target share must lie strictly between 0 and 1: " + targetShare);
        }
        if (arrivalsPerHour <= 0) {
            return 0;
        }
        if (!(meanServiceMinutes > 0)) {
            throw new IllegalArgumentException("mean service time must be positive: " + meanServiceMinutes);
        }
        double a = arrivalsPerHour * meanServiceMinutes / 60;
        for (int c = (int) Math.floor(a) + 1; c <= MAX_COUNTERS; c++) {
            if (serviceLevel(c, arrivalsPerHour, meanServiceMinutes, wait) >= targetShare) {
                return c;
            }
        }
        return MAX_COUNTERS;
    }
}
