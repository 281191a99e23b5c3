package vn.hcc.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * The hall display on a 1920×1080 TV with the demo's counters and then with six more added by the administrator:
 * the tiles fill the screen, every number stays on one line, and both layouts are photographed. The counters added
 * here are deleted again at the end.
 */
class DisplayBrowserTest extends BrowserTestBase {

    @Test
    void theDisplayFillsA1920x1080ScreenWithAnyNumberOfCountersAndNoNumberWraps() {
        Browser admin = signedIn(DemoAccount.ADMIN).open("admin/counters");
        String run = String.valueOf(System.currentTimeMillis() % 100_000);
        String link = registerDevice(admin, "Màn hình 1080p " + run, "Màn hình", null);
        Browser display = browser("display-1080");
        display.driver.manage().window().setSize(new Dimension(1920, 1080));
        display.driver.get(link);
        display.waitIdle();
        int before = tiles(display).size();
        assertThat(before).isBetween(1, 14);
        check(display, before);

        List<String> added = new ArrayList<>();
        int more = Math.max(0, 12 - before);
        try {
            for (int i = 1; i <= more; i++) {
                String code = "T" + run + "-" + i;
                admin.click("add");
                admin.type("code", code);
                admin.type("name", "Quầy thử " + run + "-" + i);
                admin.choose("fields", "Hộ tịch");
                admin.byId("fields").findElement(org.openqa.selenium.By.cssSelector("input")).sendKeys(Keys.ESCAPE);
                admin.click("save");
                added.add(code);
            }
            display.driver.navigate().refresh();
            display.waitIdle();
            assertThat(tiles(display)).hasSize(before + more);
            check(display, before + more);
        } finally {
            for (String code : added) {
                // clean-up, not under test: the row may sit under the devices panel below the grid, so the button
                // is pressed by script
                admin.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                        admin.byId("delete-" + code));
                admin.waitIdle();
                admin.click("confirm-ok");
            }
        }
    }

    /** Every tile on the screen, none wider or taller than its number allows, the grid filling the screen. */
    private static void check(Browser display, int counters) {
        List<Map<String, Object>> tiles = tiles(display);
        assertThat(tiles).allSatisfy(t -> {
            assertThat(t.get("oneLine")).as("%s on one line", t.get("text")).isEqualTo(true);
            assertThat(((Number) t.get("bottom")).doubleValue()).as("on screen").isLessThanOrEqualTo(1080);
        });
        double covered = ((Number) display.js("const r = document.getElementById('counters')"
                + ".getBoundingClientRect(); return r.width * r.height / (innerWidth * innerHeight);")).doubleValue();
        assertThat(covered).as("the counters fill the screen").isGreaterThan(0.4);
        display.screenshot("public-display-1920x1080-" + counters + "-counters");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> tiles(Browser display) {
        return (List<Map<String, Object>>) display.js("""
                return Array.from(document.querySelectorAll('[id^=calling-]')).map(n => {
                  const style = getComputedStyle(n);
                  const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3;
                  return {text: n.innerText, oneLine: n.getBoundingClientRect().height < 1.6 * line
                      && n.scrollWidth <= n.clientWidth + 1, bottom: n.getBoundingClientRect().bottom};
                });""");
    }
}
