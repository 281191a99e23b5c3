package vn.hcc.dashboard.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Numbers as Vietnamese users type them in forms: dots group thousands, a comma would start decimals. */
class ValidateWholeNumberTest {

    @Test
    void readsVietnameseGroupingAndTheDongSign() {
        assertThat(Validate.wholeNumber("fee", "53.366.000")).isEqualTo(53_366_000);
        assertThat(Validate.wholeNumber("fee", " 53366000 ")).isEqualTo(53_366_000);
        assertThat(Validate.wholeNumber("fee", "53.366.000 đ")).isEqualTo(53_366_000);
        assertThat(Validate.wholeNumber("fee", "0")).isZero();
        assertThat(Validate.wholeNumber("fee", "-50.000")).isEqualTo(-50_000); // the range check refuses it later
    }

    @Test
    void refusesDecimalsBadGroupingAndWords() {
        for (String bad : new String[] {"1,5", "53.36.000", "53.366.00", "ba mươi", "1 000", "99999999999999999999"}) {
            assertThatThrownBy(() -> Validate.wholeNumber("fee", bad)).as(bad)
                    .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                        assertThat(e.field()).isEqualTo("fee");
                        assertThat(e.messageKey()).isEqualTo("validation.number");
                    });
        }
        assertThatThrownBy(() -> Validate.wholeNumber("processingDays", " "))
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
    }
}
