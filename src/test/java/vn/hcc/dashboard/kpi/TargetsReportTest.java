package vn.hcc.dashboard.kpi;

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
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.base.Period;

/**
 * Seed 002 §5's targets against actuals, in the third quarter of 2025 against V6's yearly targets, with seed 000's
 * unit recorded beside the center (the whole center counts both).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "DIRECTOR")
class TargetsReportTest {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate TO = LocalDate.of(2025, 9, 30);

    @Autowired
    TargetsReport targets;
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
    void seed002TargetsAgainstActuals() throws Exception {
        long center = unit.get("TTHCC").getId();
        ReportTable table = targets.table(ReportRequest.of(Period.of(FROM, TO)).withUnits(List.of(center)), VI_TEXTS);
        assertThat(table.total()).isNull();
        assertThat(table.rows()).hasSize(Kpi.values().length);
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int h = 3;
            assertThat(List.of(text(sheet, h, 1), text(sheet, h, 2), text(sheet, h, 3), text(sheet, h, 4),
                    text(sheet, h + 1, 4), text(sheet, h + 1, 5), text(sheet, h + 1, 6), text(sheet, h, 7),
                    text(sheet, h, 8)))
                    .containsExactly("Chỉ tiêu", "Tên đơn vị", "Chỉ tiêu giao", "Thực hiện", "Tử số", "Mẫu số",
                            "Tỷ lệ", "Kết quả", "Cách tính");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(h, h, 4, 6),
                    new CellRangeAddress(h, h + 1, 7, 7));
            // seed 002 §5, row by row: target, numerator, denominator, rate, achieved or not
            assertKpiRow(sheet, h + 2 + Kpi.ONLINE_SUBMISSION.ordinal(), "Tỷ lệ hồ sơ trực tuyến", 0.60, 2483, 4466,
                    0.5559, "Gần đạt (dưới 10 điểm)");
            assertKpiRow(sheet, h + 2 + Kpi.ONLINE_PAYMENT.ordinal(), "Tỷ lệ thanh toán trực tuyến", 0.60, 1212,
                    3144, 0.3854, "Chưa đạt");
            assertKpiRow(sheet, h + 2 + Kpi.UPDATED_IN_SYSTEM.ordinal(), "Tỷ lệ cập nhật lên hệ thống", 1.00, 4466,
                    4466, 1.00, "Đạt");
            assertKpiRow(sheet, h + 2 + Kpi.ON_TIME.ordinal(), "Tỷ lệ giải quyết đúng hạn", 0.98, 4379, 4399,
                    0.9954, "Đạt");
            // each KPI says how it is computed, from the definitions' catalogue
            assertThat(text(sheet, h + 2 + Kpi.ON_TIME.ordinal(), 8))
                    .isEqualTo("(Số hồ sơ giải quyết trước hạn + đúng hạn) / Số hồ sơ đã giải quyết trong kỳ");
            // "the system cannot count this" (seed 002): a target, no figures
            int reuse = h + 2 + Kpi.REUSE.ordinal();
            assertThat(text(sheet, reuse, 1)).isEqualTo("Tỷ lệ tái sử dụng dữ liệu số hóa");
            assertThat(cell(sheet, reuse, 3).getNumericCellValue()).isCloseTo(0.50, org.assertj.core.data.Offset
                    .offset(1e-9));
            assertThat(List.of(text(sheet, reuse, 4), text(sheet, reuse, 5), text(sheet, reuse, 6),
                    text(sheet, reuse, 7))).containsExactly("–", "–", "–", "Chưa có dữ liệu");
            assertThat(text(sheet, h + 2, 2)).isEqualTo(unit.get("TTHCC").getName());
        }
        // nobody picked: the whole center, all units' dossiers
        ReportTable whole = targets.table(ReportRequest.of(Period.of(FROM, TO)), VI_TEXTS);
        assertThat(whole.rows().get(Kpi.ONLINE_SUBMISSION.ordinal()).values().get(0).formatted())
                .isEqualTo("Toàn Trung tâm");
        assertThat(whole.rows().get(Kpi.ONLINE_SUBMISSION.ordinal()).countValues().subList(2, 4))
                .isEqualTo(list(2483 + 716, 4466 + 802));
    }

    private static void assertKpiRow(XSSFSheet sheet, int r, String kpi, double target, long num, long den,
            double rate, String state) {
        assertThat(text(sheet, r, 1)).isEqualTo(kpi);
        assertPercent(sheet, r, 3, target);
        assertThat(numbers(sheet, r, 4, 2)).as(kpi).isEqualTo(list(num, den));
        assertPercent(sheet, r, 6, rate);
        assertThat(text(sheet, r, 7)).as(kpi).isEqualTo(state);
    }

    private static void assertPercent(XSSFSheet sheet, int row, int col, double fraction) {
        assertThat(cell(sheet, row, col).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(cell(sheet, row, col).getNumericCellValue()).isCloseTo(fraction, org.assertj.core.data.Offset
                .offset(1e-9));
        assertThat(cell(sheet, row, col).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
    }
}
