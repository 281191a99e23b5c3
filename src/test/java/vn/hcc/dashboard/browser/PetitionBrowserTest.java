package vn.hcc.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Issue 18 in real browsers: a citizen sends a petition from a phone (390×844) and tracks it with the code; reception
 * issues an apology letter for an overdue dossier and opens its print view.
 */
class PetitionBrowserTest extends BrowserTestBase {

    @Test
    void aCitizenSendsAPetitionFromAPhoneAndTracksIt() {
        Browser phone = browser("phone");
        phone.driver.manage().window().setSize(new Dimension(390, 844));
        phone.open("gop-y/gui");
        assertThat(phone.path()).startsWith("gop-y/gui");
        phone.screenshot("public-petition-phone-empty");
        // on a phone the select opens as a sheet that slides in from the bottom: a click while it moves lands on
        // the sheet's backdrop, so the item is clicked again until it takes
        choose(phone, "category", "Vấn đề khác tại địa phương");
        phone.js("document.getElementById('unit').scrollIntoView({block: 'center'});");
        phone.choose("unit", "Lai Hạ");
        String run = String.valueOf(System.currentTimeMillis() % 100_000);
        phone.type("content", "Đèn đường thôn Đông tắt nhiều ngày, buổi tối đi lại rất nguy hiểm (" + run + ").");
        phone.type("citizenName", "Lê Văn Hùng");
        phone.type("contact", "09" + String.format("%08d", Long.parseLong(run)));
        phone.click("consent");
        phone.screenshot("public-petition-phone-filled");
        phone.click("submit");
        String code = phone.waitUntil(d -> {
            String t = phone.exists(By.id("tracking-code")) ? phone.text("tracking-code") : null;
            return t == null || t.isBlank() ? null : t;
        });
        assertThat(code).matches("GY-[A-Z2-9]{4}-[A-Z2-9]{4}");
        WebElement qr = phone.byId("tracking-qr");
        assertThat((Boolean) phone.js("return arguments[0].complete && arguments[0].naturalWidth > 100;", qr))
                .as("the QR code image loaded").isTrue();
        phone.screenshot("public-petition-phone-receipt");

        phone.open("gop-y/tra-cuu?ma=" + code);
        assertThat(phone.text("track-status")).isEqualTo("Tình trạng: Đã tiếp nhận, đang chờ phân công xử lý");
        assertThat(phone.text("result")).doesNotContain("Lê Văn Hùng");
        phone.screenshot("public-petition-phone-tracking");
    }

    @Test
    void receptionIssuesAnApologyLetterAndPrintsIt() {
        Browser desk = signedIn(DemoAccount.TIEPNHAN).open("intake");
        desk.click("overdue-only");
        List<List<String>> rows = desk.gridRows("dossiers");
        assertThat(rows).as("the demo has overdue dossiers").isNotEmpty();
        // the first overdue dossier that has no letter yet: its details offer the letter form
        String code = null;
        for (List<String> row : rows) {
            openRow(desk, row.getFirst());
            if (desk.exists(By.id("record-apology"))) {
                code = row.getFirst();
                break;
            }
            desk.click("close");
        }
        assertThat(code).as("an overdue dossier without a letter").isNotNull();
        desk.type("citizen-name", "Nguyễn Thị Mai");
        desk.type("apology-reason", "Chờ kết quả xác minh của UBND xã");
        LocalDate day = LocalDate.now().plusDays(5);
        // a weekday a few days on; a holiday is refused at the field, then the next day is tried
        for (int i = 0; i < 15; i++, day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            desk.typeInto("new-due-on", 0, day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            desk.click("record-apology");
            String outcome = desk.waitUntil(Duration.ofSeconds(15), d -> desk.exists(By.id("letter-print")) ? "issued"
                    : Boolean.TRUE.equals(desk.js("const f = document.getElementById('new-due-on');"
                            + " return !!f && f.invalid;")) ? "refused" : null);
            if (outcome.equals("issued")) {
                break;
            }
        }
        // the dialog reopens on the dossier's new version, with the letter's two links
        desk.waitFor(By.id("letter-print"));
        desk.waitIdle();
        assertThat((String) desk.js("return document.getElementById('letter-docx').getAttribute('href');"))
                .isNotBlank();
        String href = (String) desk.js("return document.getElementById('letter-print').getAttribute('href');");
        desk.open(href);
        assertThat(desk.text("letter-body")).contains("mã hồ sơ " + code, "Chờ kết quả xác minh của UBND xã");
        desk.driver.manage().window().setSize(new Dimension(900, 1200));
        desk.screenshot("intake-apology-letter-print");
    }

    private static void openRow(Browser b, String code) {
        WebElement cell = b.waitUntil(d -> d.findElements(By.cssSelector("#dossiers vaadin-grid-cell-content"))
                .stream().filter(c -> c.getText().trim().equals(code)).findFirst().orElse(null));
        cell.click();
        b.waitIdle();
    }

    private static void choose(Browser b, String selectId, String text) {
        b.byId(selectId).click();
        for (int attempt = 0;; attempt++) {
            WebElement item = b.waitUntil(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                    .filter(i -> i.isDisplayed() && i.getText().contains(text)).findFirst().orElse(null));
            try {
                item.click();
                break;
            } catch (org.openqa.selenium.ElementClickInterceptedException
                    | org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 20) {
                    throw e;
                }
                b.js("return new Promise(r => setTimeout(r, 150));");
            }
        }
        // the sheet slides out (the chosen item's copy in the field stays displayed, so there is nothing to wait on)
        b.js("return new Promise(r => setTimeout(r, 400));");
        b.waitIdle();
    }
}
