package vn.hcc.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.ReportFiles.writeAndRead;
import static vn.hcc.dashboard.reports.Sheets.cell;
import static vn.hcc.dashboard.reports.Sheets.list;
import static vn.hcc.dashboard.reports.Sheets.numbers;
import static vn.hcc.dashboard.reports.Sheets.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.kpi.KpiReportValues;
import vn.hcc.dashboard.kpi.KpiService;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.kpi.DigitizationReport;
import vn.hcc.dashboard.kpi.KpiSeeds;

/**
 * The dossier report whose rates come from the KPI service: seed 000's digitization table (800/802 = 99,75%, 768/792
 * cut to 96,96%). The targets report's test is {@code kpi.TargetsReportTest}.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "DIRECTOR")
class KpiReportsTest {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate TO = LocalDate.of(2025, 9, 30);

    @Autowired
    DigitizationReport digitization;
    @Autowired
    KpiService kpis;
    @Autowired
    DossierService dossiers;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;

    Map<String, Unit> unit;

    @BeforeEach
    void recordTheSeeds() {
        unit = KpiSeeds.record(units, fields, dossiers, FROM);
    }

    @Test
    void seed000DigitizationTable() throws Exception {
        long thua = unit.get("X-THUA").getId();
        long center = unit.get("TTHCC").getId();
        ReportTable table = digitization.table(ReportRequest.of(Period.of(FROM, TO)).withUnits(List.of(thua, center)),
                VI_TEXTS);
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("KẾT QUẢ THỰC HIỆN SỐ HÓA HỒ SƠ THỦ TỤC HÀNH CHÍNH");
            // the center's row has no warehouse or reuse records: one note line per such column
            assertThat(List.of(text(sheet, 2, 0), text(sheet, 3, 0), text(sheet, 4, 0))).containsExactly(
                    noData("Số hồ sơ lưu vào kho quản lý dữ liệu điện tử"),
                    noData("Số hồ sơ có kết quả lưu vào kho quản lý dữ liệu điện tử"),
                    noData("Số hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa"));
            int h = 6;
            assertThat(List.of(text(sheet, h, 2), text(sheet, h, 7), text(sheet, h, 12))).containsExactly(
                    "Số hóa hồ sơ TTHC khi tiếp nhận", "Số hóa kết quả giải quyết TTHC",
                    "Số hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa");
            List<String> lower = new java.util.ArrayList<>();
            for (int c = 2; c <= 11; c++) {
                lower.add(text(sheet, h + 1, c));
            }
            // the seed's order: (1) (2) (11) (3) (5) | (6) (7) (12) (8) (9) | reuse
            assertThat(lower).containsExactly("Số hồ sơ tiếp nhận", "Số hồ sơ đính kèm tập tin",
                    "Số hồ sơ lưu vào kho quản lý dữ liệu điện tử",
                    "Tỷ lệ số hồ sơ có số hóa đầy đủ thành phần hồ sơ khi tiếp nhận",
                    "Số hồ sơ chưa số hóa thành phần hồ sơ", "Số hồ sơ đã giải quyết",
                    "Số hồ sơ có đính kèm tập tin kết quả", "Số hồ sơ có kết quả lưu vào kho quản lý dữ liệu điện tử",
                    "Tỷ lệ số hóa kết quả hồ sơ", "Số hồ sơ chưa số hóa kết quả TTHC");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(h, h, 2, 6),
                    new CellRangeAddress(h, h, 7, 11), new CellRangeAddress(h, h + 1, 12, 12));
            int r = h + 2;
            assertThat(text(sheet, r, 1)).isEqualTo("UBND thị trấn Thứa");
            // seed 000: 802 received, 800 with files, (11) 0 stored, 99,75%, 2 not digitized; 792 resolved, 768,
            // (12) 589 stored, 96,97% (cut: 96,96%), 24 not digitized; 0 reusing; (6) = (7) + (9)
            assertThat(numbers(sheet, r, 2, 3)).isEqualTo(list(802, 800, 0));
            assertPercent(sheet, r, 5, 0.9975);
            assertThat(numbers(sheet, r, 6, 4)).isEqualTo(list(2, 792, 768, 589));
            assertPercent(sheet, r, 10, 0.9696);
            assertThat(numbers(sheet, r, 11, 2)).isEqualTo(list(24, 0));
            assertThat(table.rows().getFirst().values().get(3).formatted()).isEqualTo("99,75%");
            assertThat(table.rows().getFirst().values().get(8).formatted()).isEqualTo("96,96%");
            // the rates are the KPI service's
            assertThat(table.rows().getFirst().values().get(8)).isEqualTo(
                    KpiReportValues.rate(kpis.kpis(Period.of(FROM, TO), thua).get(Kpi.DIGITIZED_RESULTS)));

            // the center records none of the three: empty cells, not 0
            assertThat(text(sheet, r + 1, 1)).isEqualTo("Trung tâm Phục vụ hành chính công huyện Lương Tài");
            assertThat(numbers(sheet, r + 1, 2, 2)).isEqualTo(list(4466, 4466));
            for (int c : new int[] {4, 9, 12}) {
                assertThat(cell(sheet, r + 1, c).getCellType()).as("column %d", c).isEqualTo(CellType.STRING);
                assertThat(text(sheet, r + 1, c)).as("column %d", c).isEmpty();
            }

            // the total, read as stored: SUM formulas over both rows (an empty cell adds nothing), equal to the
            // report's own total, which sums the units that record the fact
            int total = h + 4;
            for (int c = 2; c <= 12; c++) {
                if (c == 5 || c == 10) {
                    continue;
                }
                String col = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
                assertThat(cell(sheet, total, c).getCellFormula()).as("column %d", c)
                        .isEqualTo("SUM(" + col + (r + 1) + ":" + col + (r + 2) + ")");
            }
            assertThat(table.total().countValues()).containsExactly(802L + 4466, 800L + 4466, 0L, null, 2L,
                    792L + 4399, 768L + 4399, 589L, null, 24L, 0L);
            // (800 + 4466) / (802 + 4466) = 99,962…% cut to 99,96%, as the KPI service states it for all units
            assertPercent(sheet, total, 5, 0.9996);
            assertThat(table.total().values().get(3)).isEqualTo(
                    KpiReportValues.rate(kpis.kpis(Period.of(FROM, TO), null).get(Kpi.DIGITIZED_COMPONENTS)));
        }
        // nobody picked: the units with dossiers, catalogue order
        assertThat(digitization.table(ReportRequest.of(Period.of(FROM, TO)), VI_TEXTS).rows()).extracting(ReportTable.Row::label)
                .containsExactly(unit.get("TTHCC").getName(), "UBND thị trấn Thứa");
    }

    @Test
    void aFigureNothingRecordsIsAnEmptyCellWithANoteNeverAZero() {
        ReportTable center = digitization.table(ReportRequest.of(Period.of(FROM, TO)).withUnits(List.of(
                unit.get("TTHCC").getId())), VI_TEXTS);
        assertThat(center.subtitles()).hasSize(4);
        for (ReportTable.Row row : List.of(center.rows().getFirst(), center.total())) {
            assertThat(List.of(row.values().get(2), row.values().get(7), row.values().get(10)))
                    .containsOnly(ReportValue.noData());
            assertThat(row.values().get(0)).isEqualTo(ReportValue.count(4466));
        }
        // once recorded, a count (here 0 and 589), and no note
        ReportTable thua = digitization.table(ReportRequest.of(Period.of(FROM, TO)).withUnits(List.of(
                unit.get("X-THUA").getId())), VI_TEXTS);
        assertThat(thua.subtitles()).hasSize(1);
        assertThat(List.of(thua.total().values().get(2), thua.total().values().get(7),
                thua.total().values().get(10))).containsExactly(ReportValue.count(0), ReportValue.count(589),
                        ReportValue.count(0));
    }

    private static String noData(String column) {
        return "Ghi chú: ô trống ở cột “" + column + "” là hệ thống chưa có dữ liệu (chưa hồ sơ nào trong kỳ được"
                + " ghi nhận thông tin này), không phải 0.";
    }

    private static void assertPercent(XSSFSheet sheet, int row, int col, double fraction) {
        assertThat(cell(sheet, row, col).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell(sheet, row, col).getNumericCellValue()).isCloseTo(fraction, org.assertj.core.data.Offset
                .offset(1e-9));
        assertThat(cell(sheet, row, col).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
    }
}
