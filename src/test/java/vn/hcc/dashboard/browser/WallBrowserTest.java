package vn.hcc.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * The director's wall on a 1920×1080 TV: one screen, nothing to scroll, no menu, and the TV's own way in, a wall
 * device registered by the administrator, shows the same board without anybody signing in.
 */
class WallBrowserTest extends BrowserTestBase {

    @Test
    void theWallFitsOneFullHdScreenForTheDirectorAndForARegisteredTv() {
        Browser director = signedIn(DemoAccount.GIAMDOC);
        director.driver.manage().window().setSize(new Dimension(1920, 1080));
        director.open("wall");
        assertThat(director.path()).isEqualTo("wall");
        fitsOneScreen(director);
        assertThat(director.exists(org.openqa.selenium.By.cssSelector("vaadin-side-nav"))).isFalse();
        director.screenshot("director-wall-1920x1080");

        Browser admin = signedIn(DemoAccount.ADMIN).open("admin/counters");
        String link = registerDevice(admin, "TV phòng giám đốc " + System.currentTimeMillis() % 100_000, "điều hành",
                null);
        Browser tv = browser("wall-tv");
        tv.driver.manage().window().setSize(new Dimension(1920, 1080));
        tv.driver.get(link);
        tv.waitIdle();
        assertThat(tv.path()).isEqualTo("wall");
        tv.byId("wall-counters");
        fitsOneScreen(tv);
    }

    private static void fitsOneScreen(Browser b) {
        b.byId("wall-counters");
        assertThat((Boolean) b.js("const e = document.scrollingElement;"
                + " return e.scrollHeight <= innerHeight + 1 && e.scrollWidth <= innerWidth + 1;"))
                .as("one screen, nothing to scroll").isTrue();
    }
}
