package vn.hcc.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The ticket machine as it stands in the hall, a 1024×768 touch screen: whole field names on the buttons, the
 * ticket with its QR code and its 80 mm print, and the citizen's phone following the ticket at /hang-cho/{code}.
 * Outside the opening hours the kiosk says when it opens instead (CI's app runs with always-open: its clock is
 * anyone's; a run on a developer's machine after hours checks the closed screen).
 */
class KioskBrowserTest extends BrowserTestBase {

    @Test
    void aCitizenTakesANumberAtA1024x768KioskAndFollowsItOnThePhone() {
        Browser admin = signedIn(DemoAccount.ADMIN).open("admin/counters");
        String link = registerDevice(admin, "Kiosk 1024 " + System.currentTimeMillis() % 100_000, "kiosk", null);
        Browser kiosk = browser("kiosk-1024");
        kiosk.driver.manage().window().setSize(new Dimension(1024, 768));
        kiosk.driver.get(link);
        kiosk.waitIdle();
        if (kiosk.exists(By.id("closed-title"))) {
            assertThat(kiosk.text("opens-next")).matches("Máy cấp số mở lại lúc \\d{2}:\\d{2} Thứ .+, ngày "
                    + "\\d{2}/\\d{2}/\\d{4}\\.");
            assertThat(kiosk.exists(By.cssSelector("#choices vaadin-button"))).isFalse();
            kiosk.screenshot("public-kiosk-closed-1024x768");
            return;
        }
        kiosk.waitFor(By.cssSelector("#choices vaadin-button"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> labels = (List<Map<String, Object>>) kiosk.js("""
                return Array.from(document.querySelectorAll('#choices vaadin-button')).map(b => {
                  const label = b.shadowRoot.querySelector('[part=label]');
                  const name = b.querySelector('.kiosk-button-name');
                  return {text: name.innerText, fits: label.scrollWidth <= label.clientWidth + 1
                      && name.scrollWidth <= name.clientWidth + 1,
                      bottom: b.getBoundingClientRect().bottom};
                });""");
        assertThat(labels).isNotEmpty().allSatisfy(l -> assertThat(l.get("fits")).as("%s is whole", l.get("text"))
                .isEqualTo(true));
        assertThat(labels).extracting(l -> l.get("text")).contains("Đăng ký kinh doanh");
        assertThat(labels).allSatisfy(l -> assertThat(((Number) l.get("bottom")).doubleValue())
                .as("every button on the screen without scrolling").isLessThanOrEqualTo(768));
        kiosk.screenshot("public-kiosk-1024x768");

        kiosk.driver.findElement(By.cssSelector("#choices vaadin-button")).click();
        kiosk.waitIdle();
        String number = kiosk.text("ticket-number");
        String code = kiosk.text("ticket-code");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(kiosk.text("ticket-estimate")).matches("Thời gian chờ dự kiến: khoảng \\d+ phút|Sắp đến lượt bạn");
        assertThat((Boolean) kiosk.js("const img = document.getElementById('ticket-qr');"
                + " return img.complete && img.naturalWidth > 100;")).as("the QR code is drawn").isTrue();
        kiosk.screenshot("public-kiosk-ticket-1024x768");
        // the printer's view: only the ticket, on an 80 mm roll
        kiosk.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat((Boolean) kiosk.js("return getComputedStyle(document.querySelector('.kiosk-title'))"
                + ".visibility === 'hidden' && getComputedStyle(document.getElementById('ticket-number'))"
                + ".visibility === 'visible';")).isTrue();
        kiosk.screenshot("public-kiosk-ticket-print");
        kiosk.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        Browser phone = browser("phone");
        phone.driver.manage().window().setSize(new Dimension(390, 844));
        phone.open("hang-cho/" + code);
        assertThat(phone.text("track-number")).isEqualTo(number);
        assertThat(phone.text("track-state")).startsWith("Đang chờ: trước bạn còn ");
        phone.screenshot("public-ticket-tracking-phone");
    }
}
