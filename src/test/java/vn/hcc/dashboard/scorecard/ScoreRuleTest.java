package vn.hcc.dashboard.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ScoreRuleTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void fullPointsFromTheThresholdOtherwiseProportional() {
        assertThat(ScoreRule.points(d("55.59"), d("50"), d("12"))).isEqualByComparingTo("12.00");
        assertThat(ScoreRule.points(d("50.00"), d("50"), d("12"))).as("at the threshold").isEqualByComparingTo("12");
        // the Kim Thành center's online payment, 38,54% against 60%: 38,54 × 10 / 60
        assertThat(ScoreRule.points(d("38.54"), d("60"), d("10"))).isEqualByComparingTo("6.42");
        assertThat(ScoreRule.points(d("0"), d("80"), d("6"))).isEqualByComparingTo("0.00");
        assertThat(ScoreRule.points(null, d("80"), d("6"))).as("no rate, no points").isNull();
    }
}
