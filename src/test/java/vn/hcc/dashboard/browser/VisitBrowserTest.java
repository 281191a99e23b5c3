package vn.hcc.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * One visit in real browsers: a citizen takes a number for "Hộ tịch" at a kiosk, reception calls it at Quầy 3, then
 * records the dossier, whose form proposes that number; the dossier's details open its timeline (ticket issued,
 * called, dossier received, due day). Then the director opens the timeline of the dashboard's first overdue dossier.
 * Screenshots of both in {@code target/browser-screenshots}.
 */
class VisitBrowserTest extends BrowserTestBase {

    @Test
    void aTicketsDossierAndItsTimeline() {
        Browser admin = signedIn(DemoAccount.ADMIN).open("admin/counters");
        admin.click("device-new");
        admin.type("device-name", "Kiosk dòng thời gian " + System.currentTimeMillis() % 100_000);
        admin.choose("device-kind", "kiosk");
        admin.click("save");
        String kioskLink = admin.value("registration-link");
        admin.click("registration-link-close");

        Browser kiosk = browser("kiosk-visit");
        kiosk.driver.get(kioskLink);
        kiosk.waitIdle();
        WebElement choice = kiosk.waitUntil(d -> d.findElements(By.cssSelector("#choices vaadin-button")).stream()
                .filter(b -> b.getText().contains("Hộ tịch")).findFirst().orElse(null));
        choice.click();
        kiosk.waitIdle();
        String number = kiosk.text("ticket-number");

        Browser counter = signedIn(DemoAccount.TIEPNHAN).open("queue/counter");
        counter.select("counter", "Quầy 3");
        for (int i = 0; i < 30 && !number.equals(counter.text("current-number")); i++) {
            if (counter.enabled("served")) {
                counter.click("served");
            }
            counter.click("call-next");
        }
        assertThat(counter.text("current-number")).isEqualTo(number);

        counter.open("intake");
        counter.click("add");
        assertThat(counter.value("ticket")).isEqualTo(number);
        String code = "DTG-" + System.currentTimeMillis() % 1_000_000;
        counter.type("code", code);
        counter.choose("procedure", "HT-03");
        counter.click("save");
        counter.open("queue/counter");
        counter.click("served");
        counter.open("visit?dossier=" + code);
        counter.driver.manage().window().setSize(new Dimension(1280, 900));
        List<String> steps = counter.driver.findElements(By.cssSelector(".visit-step")).stream()
                .map(WebElement::getText).toList();
        assertThat(steps).anyMatch(s -> s.contains("Lấy số thứ tự " + number));
        assertThat(steps).anyMatch(s -> s.contains("Tiếp nhận hồ sơ " + code));
        assertThat(steps.indexOf(steps.stream().filter(s -> s.contains("Gọi số " + number)).findFirst()
                .orElseThrow())).as("called, then received").isLessThan(steps.indexOf(steps.stream()
                        .filter(s -> s.contains("Tiếp nhận hồ sơ")).findFirst().orElseThrow()));
        System.err.println("screenshot: " + counter.screenshot("visit-ticket-dossier"));
    }

    @Test
    void theDirectorOpensAnOverdueDossiersTimelineFromTheDashboard() {
        Browser director = signedIn(DemoAccount.GIAMDOC).open("dashboard");
        director.driver.manage().window().setSize(new Dimension(1280, 900));
        WebElement link = director.waitUntil(d -> d.findElements(By.cssSelector("#overdue a[href^='visit?dossier=']"))
                .stream().findFirst().orElse(null));
        String href = link.getDomAttribute("href");
        director.open(href);
        assertThat(director.path()).startsWith("visit");
        assertThat(director.driver.findElements(By.cssSelector(".visit-step.mark-LATE"))).isNotEmpty();
        System.err.println("screenshot: " + director.screenshot("visit-overdue-dossier"));
    }

    @Test
    void theDirectorOpensARatedDossiersTimelineFromTheUnsatisfiedRatings() {
        Browser director = signedIn(DemoAccount.GIAMDOC).open("danh-gia-hai-long");
        director.driver.manage().window().setSize(new Dimension(1280, 1000));
        WebElement link = director.waitUntil(d -> d.findElements(By.cssSelector("#unsatisfied a[href^='visit?']"))
                .stream().findFirst().orElse(null));
        director.open(link.getDomAttribute("href"));
        assertThat(director.driver.findElements(By.cssSelector(".visit-step.kind-RATING"))).isNotEmpty();
        System.err.println("screenshot: " + director.screenshot("visit-rated-dossier"));
    }
}
