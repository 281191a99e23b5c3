package vn.hcc.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.Sheets.cell;
import static vn.hcc.dashboard.reports.Sheets.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.intake.SeedDossiers;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.intake.DossierListReport;
import vn.hcc.dashboard.base.Period;

/**
 * The dossier list: more rows than one page of the keyset pagination, streamed into the workbook in id order, one
 * row each, filtered by unit and status; formula-looking codes and handlers stay inert text.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "LEADER")
class DossierListReportTest {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate TO = LocalDate.of(2025, 7, 31);

    @Autowired
    ApplicationContext ctx;
    @Autowired
    DossierListReport report;
    @Autowired
    DossierService dossiers;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;

    long center;
    long thua;
    long ht;

    @BeforeEach
    void dossiers() {
        center = unit("TTHCC").getId();
        thua = unit("X-THUA").getId();
        ht = fields.listAll().stream().filter(f -> f.getCode().equals("HT")).findFirst().orElseThrow().getId();
        // 2.300 at the center (1.500 online, 800 in person), 40 at Thứa: more than two pages of 1.000
        SeedDossiers.saveReceived(ctx, "L", null, ht, center, 1500, 800, 0, FROM, TO);
        SeedDossiers.saveReceived(ctx, "T", null, ht, thua, 40, 0, 0, FROM, TO);
        // before the period: not listed
        SeedDossiers.saveReceived(ctx, "OLD", null, ht, center, 5, 0, 0, FROM.minusMonths(2), FROM.minusMonths(1));
        SystemAccess.asAdmin(() -> dossiers.recordAll(List.of(new DossierData("=HYPERLINK(\"http://x\")", null, ht,
                thua, Channel.IN_PERSON, OnlineLevel.NONE, LocalDateTime.of(2025, 7, 30, 9, 0),
                LocalDate.of(2025, 7, 30), LocalDate.of(2025, 8, 6), null, null, null, DossierStatus.IN_PROGRESS,
                53_366_000, false, true, false, false, null, null, "@SUM(A1:A9)"))));
    }

    @Test
    void everyDossierOfThePeriodOneRowEachInIdOrder() throws Exception {
        ReportRequest all = ReportRequest.of(Period.of(FROM, TO));
        assertThat(report.count(all)).isEqualTo(2341);
        try (XSSFWorkbook wb = export(all)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("DANH SÁCH HỒ SƠ THỦ TỤC HÀNH CHÍNH");
            assertThat(text(sheet, 2, 0)).isEqualTo("Đơn vị: Tất cả đơn vị; trạng thái: Tất cả trạng thái");
            int h = 4;
            assertThat(List.of(text(sheet, h, 0), text(sheet, h, 1), text(sheet, h, 5), text(sheet, h, 6),
                    text(sheet, h, 11), text(sheet, h, 15))).containsExactly("STT", "Mã hồ sơ", "Hình thức nộp",
                    "Ngày tiếp nhận", "Phí, lệ phí (đồng)", "Người xử lý");
            assertThat(sheet.getLastRowNum()).isEqualTo(h + 1 + 2341);
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < 2341; i++) {
                int r = h + 2 + i;
                assertThat(cell(sheet, r, 0).getNumericCellValue()).isEqualTo(i + 1);
                codes.add(text(sheet, r, 1));
            }
            assertThat(codes).hasSize(2341).contains("L-0", "L-2299", "T-39").doesNotContain("OLD-0");
            // id order: the center's first, across the page boundaries at 1.000 and 2.000
            assertThat(List.of(text(sheet, h + 2, 1), text(sheet, h + 2 + 999, 1), text(sheet, h + 2 + 1000, 1),
                    text(sheet, h + 2 + 2299, 1), text(sheet, h + 2 + 2300, 1))).containsExactly("L-0", "L-999",
                    "L-1000", "L-2299", "T-0");
            int first = h + 2;
            assertThat(List.of(text(sheet, first, 4), text(sheet, first, 5), text(sheet, first, 10)))
                    .containsExactly("Trung tâm Phục vụ hành chính công huyện Lương Tài", "Trực tuyến",
                            "Đã trả kết quả");
            assertThat(cell(sheet, first, 6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(cell(sheet, first, 6))).isTrue();
            assertThat(cell(sheet, first, 6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(FROM);

            int last = h + 2 + 2340;
            // typed by users, beginning with = and @: string cells with the quote prefix, never formulas
            for (int c : new int[] {1, 15}) {
                assertThat(cell(sheet, last, c).getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell(sheet, last, c).getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(text(sheet, last, 1)).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(text(sheet, last, 15)).isEqualTo("@SUM(A1:A9)");
            assertThat(cell(sheet, last, 11).getNumericCellValue()).isEqualTo(53_366_000);
            assertThat(List.of(text(sheet, last, 12), text(sheet, last, 13))).containsExactly("Không", "Có");
        }
    }

    @Test
    void filtersByUnitAndStatusAndPagesLikeTheExport() throws Exception {
        ReportRequest thuaOnly = ReportRequest.of(Period.of(FROM, TO)).withUnit(thua);
        assertThat(report.count(thuaOnly)).isEqualTo(41);
        ReportRequest open = thuaOnly.withChoice(DossierStatus.IN_PROGRESS.name());
        assertThat(report.count(open)).isEqualTo(1);
        try (XSSFWorkbook wb = export(open)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 2, 0)).isEqualTo("Đơn vị: UBND thị trấn Thứa; trạng thái: Đang giải quyết");
            assertThat(sheet.getLastRowNum()).isEqualTo(6);
        }
        // the grid's pages are the export's rows
        ReportRequest all = ReportRequest.of(Period.of(FROM, TO));
        List<String> streamed = new ArrayList<>();
        report.forEach(all, VI_TEXTS, row -> streamed.add(row.label()));
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 2341; offset += 50) {
            report.page(all, offset, 50, VI_TEXTS).forEach(row -> paged.add(row.label()));
        }
        assertThat(paged).isEqualTo(streamed);
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void receptionMayNotExportTheList() {
        assertThatThrownBy(() -> report.count(ReportRequest.of(Period.of(FROM, TO)))).isInstanceOf(AccessDeniedException.class);
    }

    private XSSFWorkbook export(ReportRequest r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.writeRows(report.header(r, VI_TEXTS), "Danh sách", sink -> report.forEach(r, VI_TEXTS, sink),
                out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private Unit unit(String code) {
        return units.listAll().stream().filter(u -> u.getCode().equals(code)).findFirst().orElseThrow();
    }
}
