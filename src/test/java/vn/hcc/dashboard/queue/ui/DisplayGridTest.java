package vn.hcc.dashboard.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The display's grid for 1 to 20 counters: every tile shown, no empty row, numbers as large as the screen allows. */
class DisplayGridTest {

    @Test
    void theGridHoldsEveryCounterWithoutAnEmptyRow() {
        for (int n = 1; n <= 20; n++) {
            int cols = DisplayGrid.columns(n);
            int rows = DisplayGrid.rows(n, cols);
            assertThat(cols * rows).as("%d counters", n).isGreaterThanOrEqualTo(n);
            assertThat((rows - 1) * cols).as("%d counters: no empty row", n).isLessThan(n);
        }
    }

    @Test
    void sixCountersTakeThreeRowsOfTwoAndTwelveFourRowsOfThree() {
        assertThat(DisplayGrid.columns(1)).isEqualTo(1);
        assertThat(DisplayGrid.columns(6)).isEqualTo(2);
        assertThat(DisplayGrid.rows(6, 2)).isEqualTo(3);
        assertThat(DisplayGrid.columns(12)).isEqualTo(3);
        assertThat(DisplayGrid.rows(12, 3)).isEqualTo(4);
        assertThat(DisplayGrid.columns(20)).isEqualTo(4);
    }
}
