package vn.hcc.dashboard.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The estimate against a case worked by hand: λ = 20 citizens per hour, mean service 6 minutes (μ = 10 per hour), so
 * a = λ/μ = 2 Erlangs; target: 80 % called within t = 15 minutes = 0,25 h.
 *
 * <pre>
 * c = 2: c = a, the queue grows without end: not enough, P(W ≤ t) = 0.
 * c = 3: Σ_{k=0}^{2} a^k/k! = 1 + 2 + 2 = 5;  a^3/3! · c/(c − a) = 8/6 · 3/1 = 4
 *        C(3, 2) = 4 / (5 + 4) = 4/9 = 0,444444
 *        cμ − λ = 30 − 20 = 10 per hour; · t = 2,5;  e^−2,5 = 0,082085
 *        P(W ≤ t) = 1 − 4/9 · 0,082085 = 1 − 0,036482 = 0,963518  ≥ 0,8  → 3 counters
 * c = 4: Σ_{k=0}^{3} a^k/k! = 5 + 8/6 = 19/3;  a^4/4! · c/(c − a) = 16/24 · 4/2 = 4/3
 *        C(4, 2) = (4/3) / (19/3 + 4/3) = 4/23 = 0,173913
 *        cμ − λ = 40 − 20 = 20 per hour; · t = 5;  e^−5 = 0,006738
 *        P(W ≤ t) = 1 − 4/23 · 0,006738 = 1 − 0,001172 = 0,998828
 * So 80 % within 15 min needs 3 counters; 99 % needs 4 (0,9635 < 0,99 ≤ 0,9988).
 * </pre>
 */
class ErlangCTest {

    static final Duration T = Duration.ofMinutes(15);

    @Test
    void probabilityOfWaitingAsWorkedByHand() {
        assertThat(ErlangC.probabilityOfWaiting(2, 2)).isEqualTo(1.0);
        assertThat(ErlangC.probabilityOfWaiting(3, 2)).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(ErlangC.probabilityOfWaiting(4, 2)).isCloseTo(4.0 / 23, within(1e-12));
    }

    @Test
    void serviceLevelAsWorkedByHand() {
        assertThat(ErlangC.serviceLevel(2, 20, 6, T)).isEqualTo(0.0);
        assertThat(ErlangC.serviceLevel(3, 20, 6, T)).isCloseTo(0.963518, within(1e-6));
        assertThat(ErlangC.serviceLevel(4, 20, 6, T)).isCloseTo(0.998828, within(1e-6));
    }

    @Test
    void countersNeededForTheTarget() {
        assertThat(ErlangC.countersNeeded(20, 6, 0.8, T)).isEqualTo(3);
        assertThat(ErlangC.countersNeeded(20, 6, 0.99, T)).isEqualTo(4);
        // a tiny load still needs one counter: a = 0,1 → c = 1, C(1, a) = a, P = 1 − 0,1·e^−(10−1)·0,25 ≈ 0,989
        assertThat(ErlangC.countersNeeded(1, 6, 0.8, T)).isEqualTo(1);
    }

    @Test
    void noArrivalsNeedNoCounter() {
        assertThat(ErlangC.countersNeeded(0, 6, 0.8, T)).isZero();
        assertThat(ErlangC.probabilityOfWaiting(3, 0)).isZero();
        assertThat(ErlangC.serviceLevel(0, 0, 6, T)).isEqualTo(1.0);
    }

    @Test
    void moreArrivalsNeverNeedFewerCounters() {
        int previous = 0;
        for (double lambda = 1; lambda <= 200; lambda += 1) {
            int c = ErlangC.countersNeeded(lambda, 8, 0.8, T);
            assertThat(c).isGreaterThanOrEqualTo(previous).isGreaterThan((int) Math.floor(lambda * 8 / 60));
            previous = c;
        }
    }

    @Test
    void refusesAnUnreachableTargetAndAMissingServiceTime() {
        assertThatThrownBy(() -> ErlangC.countersNeeded(20, 6, 1.0, T)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ErlangC.countersNeeded(20, 0, 0.8, T)).isInstanceOf(IllegalArgumentException.class);
    }
}
