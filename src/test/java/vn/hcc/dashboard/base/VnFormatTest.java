package vn.hcc.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class VnFormatTest {

    @Test
    void numbersUseDotsForThousands() {
        assertThat(VnFormat.number(4466)).isEqualTo("4.466");
        assertThat(VnFormat.number(813)).isEqualTo("813");
        assertThat(VnFormat.number(1_000_000)).isEqualTo("1.000.000");
    }

    @Test
    void moneyInDong() {
        assertThat(VnFormat.money(53_366_000)).isEqualTo("53.366.000 đ");
        assertThat(VnFormat.money(0)).isEqualTo("0 đ");
    }

    /** Seeds 002 and 004 (from the provincial software) cut after two decimals; rounding would print 55,60%. */
    @Test
    void ratesOfTheSoftwareReportsAreCutAfterTwoDecimals() {
        assertThat(VnFormat.percent(800, 802)).isEqualTo("99,75%"); // seed 000, digitized components
        assertThat(VnFormat.percent(2483, 4466)).isEqualTo("55,59%"); // seed 002, online submission
        assertThat(VnFormat.percent(1212, 3144)).isEqualTo("38,54%"); // seed 002, online payment
        assertThat(VnFormat.percent(778, 1170)).isEqualTo("66,49%"); // seed 004, online payment
    }

    /** Seed 000 was computed by hand and rounds half up: 785/790 = 99,37%, 768/792 = 96,97%. */
    @Test
    void handMadeReportsRoundHalfUp() {
        assertThat(VnFormat.percent(785, 790, java.math.RoundingMode.HALF_UP)).isEqualTo("99,37%");
        assertThat(VnFormat.percent(768, 792, java.math.RoundingMode.HALF_UP)).isEqualTo("96,97%");
        assertThat(VnFormat.percent(785, 790)).isEqualTo("99,36%");
    }

    /** A target of 100% is met only by 100%: 9.999 of 10.000 must not print as 100,00%. */
    @Test
    void almostAllIsNotAll() {
        assertThat(VnFormat.percent(9999, 10000)).isEqualTo("99,99%");
        assertThat(VnFormat.percent(99999, 100000)).isEqualTo("99,99%");
        assertThat(VnFormat.percent(4466, 4466)).isEqualTo("100,00%");
    }

    @Test
    void noRateWithoutDenominator() {
        assertThat(VnFormat.percent(0, 0)).isEqualTo("–");
    }

    @Test
    void datesDayFirst() {
        assertThat(VnFormat.date(LocalDate.of(2024, 10, 31))).isEqualTo("31/10/2024");
        assertThat(VnFormat.dateTime(LocalDateTime.of(2024, 10, 31, 15, 5))).isEqualTo("31/10/2024 15:05");
        assertThat(VnFormat.date(null)).isEmpty();
    }

    @Test
    void measuredMinutesWithACommaAndRoundedHalfUp() {
        assertThat(VnFormat.decimal(12.5, 2)).isEqualTo("12,50");
        assertThat(VnFormat.decimal(592.5 / 60, 2)).isEqualTo("9,88");
        assertThat(VnFormat.decimal(1234.049, 2)).isEqualTo("1.234,05");
        assertThat(VnFormat.decimal(4520, 0)).isEqualTo("4.520");
    }
}
