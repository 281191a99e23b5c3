package vn.hcc.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Kiosk → counter → hall display, each in its own browser as in the hall: the administrator registers a new kiosk
 * and a new display (Quản trị › Quầy giao dịch › Thiết bị công cộng), each device opens its registration link once, a
 * citizen takes a number at the kiosk, reception calls it at a counter serving that field, and the display shows it
 * without a reload; served, it leaves the display.
 */
class QueueBrowserTest extends BrowserTestBase {

    @Test
    void aTicketTakenAtTheKioskIsCalledAtACounterAndShownOnTheDisplay() {
        Browser admin = signedIn(DemoAccount.ADMIN).open("admin/counters");
        String run = String.valueOf(System.currentTimeMillis() % 100_000);
        String kioskLink = register(admin, "Kiosk kiểm thử " + run, "kiosk");
        String displayLink = register(admin, "Màn hình kiểm thử " + run, "Màn hình");
        assertThat(kioskLink).startsWith(APP_URL).contains("/thiet-bi/dang-ky?token=");

        // an unregistered browser sees how to register, and no button
        Browser kiosk = browser("kiosk").open("kiosk");
        assertThat(kiosk.text("device-not-registered")).contains("Thiết bị chưa được đăng ký");
        assertThat(kiosk.exists(By.cssSelector("#choices vaadin-button"))).isFalse();

        kiosk.driver.get(kioskLink);
        kiosk.waitIdle();
        assertThat(kiosk.path()).isEqualTo("kiosk");
        Browser display = browser("display");
        display.driver.get(displayLink);
        display.waitIdle();
        assertThat(display.path()).isEqualTo("display");
        display.byId("counters");
        // the voice call: the browser's speech is recorded instead of spoken (a test machine has no speaker)
        display.js("window.__utterances = []; window.speechSynthesis.speak = u => {"
                + " window.__utterances.push({text: u.text, lang: u.lang}); setTimeout(() => u.onend && u.onend(), 10); };");
        if (display.byId("sound-on").isDisplayed()) {
            display.click("sound-on");
        }

        WebElement choice = kiosk.waitFor(By.cssSelector("#choices vaadin-button"));
        String fieldName = choice.findElement(By.cssSelector(".kiosk-button-name")).getText().trim();
        choice.click();
        kiosk.waitIdle();
        String number = kiosk.text("ticket-number");
        assertThat(number).as("a number like HT-012").matches("[A-Z0-9]+-\\d{3,}");
        assertThat(kiosk.text("ticket-field")).isEqualTo(fieldName);
        assertThat(kiosk.text("ticket-issued")).matches("Lấy lúc \\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4}");
        assertThat(kiosk.text("ticket-ahead")).matches("Trước bạn còn \\d+ người đang chờ");
        kiosk.screenshot("public-kiosk-ticket");

        Browser counter = signedIn(DemoAccount.TIEPNHAN).open("queue/counter");
        counter.select("counter", fieldName);
        assertThat(waiting(counter)).as("the new number waits at a counter serving its field").contains(number);
        // numbers left waiting by an earlier, interrupted run are served first: the queue is first come, first served
        for (int i = 0; i < 20 && !number.equals(counter.text("current-number")); i++) {
            if (counter.enabled("served")) {
                counter.click("served");
            }
            long clicked = System.nanoTime();
            counter.click("call-next");
            if (number.equals(counter.text("current-number"))) {
                String calling = display.waitUntil(d -> calling(display).contains(number) ? number : null);
                System.out.println("DISPLAY-REPAINT: " + (System.nanoTime() - clicked) / 1_000_000
                        + " ms from the call at the counter to the number on the hall display");
                assertThat(calling).isEqualTo(number);
            }
        }
        assertThat(counter.text("current-number")).isEqualTo(number);
        assertThat(counter.text("current-info")).startsWith(fieldName + " – lấy số lúc ");
        String spoken = display.waitUntil(d -> {
            Object said = display.js("return (window.__utterances || []).map(u => u.lang + '|' + u.text).join('\\n');");
            return String.valueOf(said).contains(number) ? String.valueOf(said) : null;
        });
        assertThat(spoken.lines()).as("spoken in Vietnamese after the chime")
                .anySatisfy(line -> assertThat(line).matches("vi-VN\\|Mời số " + number + " đến quầy \\d+"));
        counter.screenshot("reception-queue-counter-calling");
        display.screenshot("public-display-calling");

        counter.click("served");
        assertThat(counter.text("current-number")).isEqualTo("–");
        display.waitUntil(d -> !calling(display).contains(number));
        kiosk.click("done");
        assertThat(kiosk.exists(By.cssSelector("#choices vaadin-button"))).isTrue();
    }

    /** Adds a public device of the kind whose label contains {@code kind}; returns its registration link. */
    private static String register(Browser admin, String name, String kind) {
        admin.click("device-new");
        admin.type("device-name", name);
        admin.choose("device-kind", kind);
        admin.click("save");
        String link = admin.value("registration-link");
        admin.screenshot("admin-device-registration-link");
        admin.click("registration-link-close");
        assertThat(admin.text("devices")).contains(name);
        return link;
    }

    /** The numbers the counter's waiting list shows. */
    private static String waiting(Browser counter) {
        return counter.text("waiting");
    }

    /** The numbers the display shows as being called, one per counter ("–" when none). */
    @SuppressWarnings("unchecked")
    private static List<String> calling(Browser display) {
        return (List<String>) display.js("return Array.from(document.querySelectorAll('[id^=calling-]'))"
                + ".map(e => e.innerText.trim());");
    }
}
