package vn.hcc.dashboard.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.ReportFiles.writeAndRead;
import static vn.hcc.dashboard.reports.Sheets.list;
import static vn.hcc.dashboard.reports.Sheets.numbers;
import static vn.hcc.dashboard.reports.Sheets.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.reports.ReportDefinition;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;

/**
 * The staff report read back from the file, on the demo Center (seed 002's roster of 12 = 10 civil servants + 2
 * support workers).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = {"DIRECTOR", "ADMIN"})
class StaffSummaryReportTest {

    @Autowired
    StaffSummaryReport staffReport;
    @Autowired
    Clock clock;

    private ReportRequest asOf(LocalDate day) {
        return ReportRequest.of(Period.of(day, day));
    }

    @Test
    void staffSummaryIsSeed002sTwelveIsTenPlusTwoInBothSeedsLayouts() throws Exception {
        LocalDate today = LocalDate.now(clock);
        ReportTable table = staffReport.table(asOf(today), VI_TEXTS);
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0))
                    .isEqualTo("SỐ LƯỢNG CÁN BỘ, CÔNG CHỨC, NGƯỜI LAO ĐỘNG LÀM VIỆC TẠI BỘ PHẬN MỘT CỬA");
            assertThat(text(sheet, 1, 0)).isEqualTo("(Tính đến ngày " + vn.hcc.dashboard.base.VnFormat.date(today)
                    + ")");
            // header rows 4 and 5: seed 002's three columns, then seed 003's appendix
            assertThat(List.of(text(sheet, 4, 2), text(sheet, 5, 2), text(sheet, 5, 3), text(sheet, 5, 4),
                    text(sheet, 4, 5), text(sheet, 5, 5), text(sheet, 5, 6), text(sheet, 5, 7), text(sheet, 5, 8)))
                    .containsExactly("Cán bộ, công chức, người lao động", "Tổng số", "Cán bộ, công chức",
                            "Nhân viên hỗ trợ", "Số lượng công chức, viên chức làm việc tại Bộ phận Một cửa",
                            "Tổng số", "Thuộc biên chế (hoặc biệt phái) của Bộ phận Một cửa",
                            "Do các cơ quan chuyên môn cử đến", "Kiêm nhiệm khác");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(4, 4, 2, 4),
                    new CellRangeAddress(4, 4, 5, 8));
            assertThat(text(sheet, 6, 1)).startsWith("Trung tâm");
            // 12 = 10 + 2; of the ten, 9 on the Center's establishment, none sent, one concurrent duty
            assertThat(numbers(sheet, 6, 2, 7)).isEqualTo(list(12, 10, 2, 10, 9, 0, 1));
            assertThat(sheet.getLastRowNum()).as("one row, no total").isEqualTo(6);
        }
        assertThat(staffReport.fileName(Period.of(today, today))).isEqualTo("SoLuongCanBo_" + today + ".xlsx");
        assertThat(staffReport.dates()).isEqualTo(ReportDefinition.Dates.AS_OF);
    }

    @Test
    void staffSummaryCountsThoseActiveOnTheDay() {
        // the Center opened on 1/7/2025: nobody before
        ReportTable table = staffReport.table(asOf(LocalDate.of(2025, 6, 30)), VI_TEXTS);
        assertThat(table.rows().getFirst().countValues()).containsOnly(0L);
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadershipReadsIt() {
        ReportRequest today = asOf(LocalDate.now(clock));
        assertThat(staffReport.table(today, VI_TEXTS).rows()).hasSize(1);
    }
}
