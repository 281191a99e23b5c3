package vn.hcc.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A dossier recorded at the reception desk in one browser repaints the director's open dashboard in another, without
 * a reload (Vaadin Push). Prints the delay from the click on "Lưu" to the new KPI cards on the dashboard.
 * <p>
 * The dossier is recorded as received on a past working day at 09:00 (Monday 03/03/2025, the import template's
 * example day), and the dashboard shows that day: a dossier received now counts from the next working day on a
 * weekend, a holiday or after a procedure's 15:00 cut-off, and then appears in no period that ends today.
 */
class LiveDashboardBrowserTest extends BrowserTestBase {

    /** Generous on purpose: the delay is measured and printed, the bound only catches a dashboard that never moves. */
    /** A working day in the past, as typed into the date pickers. */
    static final String DAY = "03/03/2025";

    static final Duration BOUND = Duration.ofSeconds(Long.getLong("browser.repaint-bound", 10));

    @Test
    void aDossierSavedAtReceptionRepaintsAnOpenDashboard() {
        Browser director = signedIn(DemoAccount.GIAMDOC).open("dashboard");
        Browser reception = signedIn(DemoAccount.TIEPNHAN).open("intake");
        director.select("period", "Tùy chọn");
        // the end first: the range stays reversed (nothing computed) until the start makes it that one day
        director.typeInto("to", 0, DAY);
        director.typeInto("from", 0, DAY);
        assertThat(director.value("from")).isEqualTo("2025-03-03");
        assertThat(director.value("to")).isEqualTo("2025-03-03");
        director.waitUntil(d -> director.text("card-ONLINE_SUBMISSION") != null);
        String before = cards(director);
        String fractionBefore = fraction(director);
        director.js("window.__hccBeforeSave = true;"); // gone after a reload: shows that the page was not reloaded

        reception.click("add");
        String code = "BT-" + System.currentTimeMillis();
        reception.type("code", code);
        reception.choose("procedure", "HT-01");
        reception.typeInto("receivedAt", 1, "09:00");
        reception.typeInto("receivedAt", 0, DAY);
        assertThat(reception.value("receivedAt")).isEqualTo("2025-03-03T09:00");
        assertThat(reception.value("fieldAndUnit")).as("the procedure's field and unit are proposed").isNotBlank();
        assertThat(cards(director)).as("nothing moves before the save").isEqualTo(before);

        long clicked = System.nanoTime();
        reception.byId("save").click();
        String after = director.waitUntil(BOUND, d -> {
            String now = cards(director);
            return now.equals(before) ? null : now;
        });
        long delayMs = (System.nanoTime() - clicked) / 1_000_000;
        System.out.println("DASHBOARD-REPAINT: " + delayMs + " ms from the save click in one browser to the new KPI"
                + " cards in another");
        reception.waitIdle();
        assertThat(reception.notifications()).as("reception is told").anyMatch(n -> n.contains(code));
        assertThat(director.js("return window.__hccBeforeSave === true;")).as("repainted, not reloaded")
                .isEqualTo(true);
        assertThat(after).isNotEqualTo(before);
        // one more dossier received that day: the online-submission rate's denominator grows by one
        assertThat(received(fraction(director))).isEqualTo(received(fractionBefore) + 1);
        director.screenshot("dashboard-after-live-update");
    }

    private static String cards(Browser b) {
        return b.text("cards");
    }

    private static String fraction(Browser b) {
        return (String) b.js("return document.querySelector('#card-ONLINE_SUBMISSION .card-fraction').innerText.trim();");
    }

    /** "2.483/4.466" → 4466; a card without dossiers ("Không có hồ sơ tiếp nhận trong kỳ") → 0. */
    private static long received(String fraction) {
        return fraction.contains("/") ? Long.parseLong(fraction.split("/")[1].trim().replace(".", "")) : 0;
    }
}
