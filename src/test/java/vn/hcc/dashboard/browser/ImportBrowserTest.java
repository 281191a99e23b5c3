package vn.hcc.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * A dossier file (the README's "Dossier import" format, CSV) with one bad row among good ones, uploaded through the
 * real upload: every error is listed with its row, column and a Vietnamese reason, and no dossier of the file exists
 * afterwards. The same file without the bad row then imports, which shows that the good rows were good.
 */
class ImportBrowserTest extends BrowserTestBase {

    private static final String HEADER = "Mã hồ sơ;Mã thủ tục;Tên thủ tục;Lĩnh vực;Đơn vị;Hình thức nộp;Mức độ DVC;"
            + "Ngày tiếp nhận;Ngày hẹn trả;Ngày có kết quả;Ngày trả kết quả;Trạng thái;Phí, lệ phí";

    @Test
    void aFileWithOneBadRowChangesNothing() throws IOException {
        String prefix = "BTIMP-" + System.currentTimeMillis();
        String good1 = row(prefix + "-1", "03/03/2025 09:15");
        String bad = row(prefix + "-2", "31/02/2025 09:15"); // no such day
        String good2 = row(prefix + "-3", "03/03/2025 10:30");
        Browser reception = signedIn(DemoAccount.TIEPNHAN);
        assertThat(dossiersCoded(reception, prefix)).as("no dossier of this file yet").isZero();

        reception.open("intake/import");
        upload(reception, csv("ho-so-mot-dong-sai.csv", HEADER, good1, bad, good2));
        reception.waitUntil(d -> reception.text("error-summary") != null || reception.text("summary") != null
                || reception.text("refused") != null);
        assertThat(reception.text("error-summary")).isEqualTo(
                "Tệp có 1 lỗi nên chưa hồ sơ nào được lưu. Hãy sửa các dòng dưới đây rồi tải tệp lên lại.");
        assertThat(errorRows(reception)).containsExactly(List.of("3", "Ngày tiếp nhận", "31/02/2025 09:15",
                "Ngày không hợp lệ: cần dạng dd/MM/yyyy hoặc dd/MM/yyyy HH:mm"));
        reception.screenshot("reception-import-one-bad-row");
        assertThat(dossiersCoded(reception, prefix)).as("nothing of the refused file was saved").isZero();

        reception.open("intake/import");
        upload(reception, csv("ho-so-da-sua.csv", HEADER, good1, good2));
        reception.waitUntil(d -> reception.text("error-summary") != null || reception.text("summary") != null
                || reception.text("refused") != null);
        assertThat(reception.text("summary"))
                .isEqualTo("Đã nhập 2 hồ sơ: 2 hồ sơ mới, 0 hồ sơ được cập nhật, 0 hồ sơ không thay đổi.");
        assertThat(dossiersCoded(reception, prefix)).as("the corrected file's dossiers").isEqualTo(2);
    }

    /** A finished birth registration as the import template's example, received at {@code receivedAt}. */
    private static String row(String code, String receivedAt) {
        return String.join(";", code, "HT-01", "Thủ tục đăng ký khai sinh", "Hộ tịch", "Phòng Tư pháp", "Trực tiếp",
                "", receivedAt, "04/03/2025", "04/03/2025", "04/03/2025", "Đã trả kết quả", "0");
    }

    private static Path csv(String name, String... lines) throws IOException {
        Path dir = Files.createTempDirectory("hcc-import");
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        dir.toFile().deleteOnExit();
        return file;
    }

    /** Hands the file to the upload's file input, as choosing it in the file dialog does. */
    private static void upload(Browser b, Path file) {
        WebElement input = (WebElement) b.js("const u = document.getElementById('upload');"
                + " return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');");
        input.sendKeys(file.toAbsolutePath().toString());
    }

    /** The error grid's rows as shown: row, column, value, reason. */
    private static List<List<String>> errorRows(Browser b) {
        return b.gridRows("errors");
    }

    /** How many dossiers the intake list finds by this code fragment, whatever day they arrived. */
    private static long dossiersCoded(Browser b, String code) {
        b.open("intake?code=" + code);
        return ((Number) b.js("return document.querySelector('vaadin-grid').size;")).longValue();
    }
}
