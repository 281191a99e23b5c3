package vn.hcc.dashboard.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.ReportFiles.writeAndRead;
import static vn.hcc.dashboard.reports.Sheets.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * "Đánh giá hài lòng" read back as stored (no formula evaluated): per counter, the counts of each level and the
 * rate, and the total. Quầy 1: 1 very satisfied + 1 not satisfied; Quầy 3: 1 satisfied; one imported dossier rating
 * without a counter: 1 very satisfied. Total 4, of which 3 satisfied: 75,00%.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "tiepnhan", roles = {"RECEPTION", "LEADER"})
class SatisfactionReportTest {

    @Autowired
    SatisfactionReport report;
    @Autowired
    RatingService ratings;
    @Autowired
    QueueService queue;
    @Autowired
    DeviceService devices;
    @Autowired
    CounterService counters;
    @Autowired
    FieldService fields;
    @Autowired
    TestClock clock;

    @Test
    void perCounterTheLevelsTheRateAndTheTotalAsStored() throws Exception {
        LocalDate day = LocalDate.of(2025, 3, 10);
        clock.set(day.atTime(9, 0));
        long q1 = SystemAccess.asAdmin(() -> QueueTestIds.counter(counters, "Q1"));
        long q3 = SystemAccess.asAdmin(() -> QueueTestIds.counter(counters, "Q3"));
        long ct = SystemAccess.asAdmin(() -> QueueTestIds.field(fields, "CT"));
        long ht = SystemAccess.asAdmin(() -> QueueTestIds.field(fields, "HT"));
        String t1 = RatingFixtures.tablet(devices, q1);
        String t3 = RatingFixtures.tablet(devices, q3);
        ratings.rate(t1, RatingFixtures.served(devices, queue, q1, ct).getId(), RatingLevel.VERY_SATISFIED, null, null);
        ratings.rate(t1, RatingFixtures.served(devices, queue, q1, ct).getId(), RatingLevel.UNSATISFIED,
                RatingReason.ATTITUDE, "=HYPERLINK(\"x\")");
        ratings.rate(t3, RatingFixtures.served(devices, queue, q3, ht).getId(), RatingLevel.SATISFIED, null, null);
        SystemAccess.asAdmin(() -> ratings.importRatings(List.of(new ImportedRating("HS-1", ct, null,
                LocalDateTime.of(2025, 3, 10, 0, 0), RatingLevel.VERY_SATISFIED))));

        ReportTable table = report.table(ReportRequest.of(Period.of(day, day)), VI_TEXTS);
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("KẾT QUẢ ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG CỦA TỔ CHỨC, CÁ NHÂN");
            int header = findRow(sheet, "STT");
            assertThat(text(sheet, header, 1)).isEqualTo("Quầy");
            assertThat(row(sheet, header + 2)).containsExactly("Quầy 1", "2", "1", "0", "1", "50,00%");
            assertThat(row(sheet, header + 3)).containsExactly("Quầy 3", "1", "0", "1", "0", "100,00%");
            assertThat(row(sheet, header + 4)).containsExactly("Chưa xác định", "1", "1", "0", "0", "100,00%");
            XSSFRow total = sheet.getRow(header + 5);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
            // as stored: what a non-recalculating reader shows
            assertThat(List.of(total.getCell(2).getNumericCellValue(), total.getCell(3).getNumericCellValue(),
                    total.getCell(4).getNumericCellValue(), total.getCell(5).getNumericCellValue()))
                    .containsExactly(4.0, 2.0, 1.0, 1.0);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(0.75);
        }
        // per officer: Phạm Thị Lan served the three tickets; the imported rating has no officer
        ReportTable perOfficer = report.table(new ReportRequest(Period.of(day, day), null, List.of(), "OFFICER"),
                VI_TEXTS);
        assertThat(perOfficer.rows()).extracting(ReportTable.Row::label).containsExactly("Phạm Thị Lan",
                "Chưa xác định");
        assertThat(perOfficer.labelHeader()).isEqualTo("Cán bộ");
    }

    private static int findRow(XSSFSheet sheet, String first) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && first.equals(text(sheet, r, 0))) {
                return r;
            }
        }
        throw new AssertionError("no row starting with " + first);
    }

    /** Label, counts and rate of a data row as the sheet shows them. */
    private static List<String> row(XSSFSheet sheet, int r) {
        XSSFRow row = sheet.getRow(r);
        return List.of(row.getCell(1).getStringCellValue(), count(row, 2), count(row, 3), count(row, 4),
                count(row, 5), vn.hcc.dashboard.base.VnFormat.decimal(row.getCell(6).getNumericCellValue() * 100, 2)
                        + "%");
    }

    private static String count(XSSFRow row, int c) {
        return String.valueOf((long) row.getCell(c).getNumericCellValue());
    }
}
