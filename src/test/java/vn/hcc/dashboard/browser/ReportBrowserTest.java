package vn.hcc.dashboard.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The leadership downloads Biểu II.06a of this month from "Báo cáo theo biểu mẫu" with the real link; the file the
 * browser saved is read back as stored (the totals' SUM formulas by their cached values, nothing recalculated) and
 * holds the Vietnamese title and, in its total row, the same figures as the preview's footer on screen.
 */
class ReportBrowserTest extends BrowserTestBase {

    @Test
    void theDownloadedWorkbookHoldsTheFiguresOnScreen() throws IOException {
        Browser leader = signedIn(DemoAccount.LANHDAO).open("reports?report=BIEU_06A");
        assertThat(leader.value("report-kind")).isNotBlank();
        List<String> footer = leader.waitUntil(d -> {
            List<String> f = leader.gridFooter("report-grid");
            return f.size() > 3 && !f.get(2).isEmpty() ? f : null;
        });
        String totalLabel = footer.get(1);
        assertThat(totalLabel).isEqualTo("Tổng cộng");
        leader.screenshot("lanhdao-reports-BIEU_06A");

        leader.click("report-download");
        Path file = leader.downloaded(".xlsx");
        assertThat(file.getFileName().toString()).matches("BieuII06a_\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2}\\.xlsx");

        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("II.06a");
            assertThat(texts(sheet)).contains("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
            Row total = null;
            int labelColumn = -1;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().trim().equals(totalLabel)) {
                        total = row;
                        labelColumn = cell.getColumnIndex();
                    }
                }
            }
            assertThat(total).as("the workbook's total row").isNotNull();
            int compared = 0;
            int formulas = 0;
            for (int i = 2; i < footer.size(); i++) {
                String shown = footer.get(i);
                if (!shown.matches("\\d{1,3}(\\.\\d{3})*")) {
                    continue; // rates and empty cells: the counts are what the total sums
                }
                Cell cell = total.getCell(labelColumn + i - 1);
                assertThat(cell).as("total cell under %s", i).isNotNull();
                if (cell.getCellType() == CellType.FORMULA) {
                    formulas++;
                    assertThat(cell.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
                }
                assertThat((long) cell.getNumericCellValue()).as("column %s of the total", i)
                        .isEqualTo(Long.parseLong(shown.replace(".", "")));
                compared++;
            }
            assertThat(compared).as("counts compared").isGreaterThanOrEqualTo(5);
            assertThat(formulas).as("totals stored as SUM formulas with their values").isEqualTo(compared);
            System.out.println("REPORT: " + file.getFileName() + ", total received " + footer.get(2) + ", " + compared
                    + " totals equal to the screen");
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue().trim());
                }
            }
        }
        return texts;
    }
}
