package vn.hcc.dashboard.pakn;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.Sheets.cell;
import static vn.hcc.dashboard.reports.Sheets.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportWorkbook;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The scorecard's PAKN drill-down as leadership downloads it: the petitions of Q1/2025 answered late or overdue
 * without an answer, exactly the ones the on-time rate loses (due − handled on time), per unit and for all, read
 * back as stored; a content typed like a formula stays inert text.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "lanhdao", roles = "LEADER")
class PaknLateReportTest {

    static final Period QUARTER = Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));

    @Autowired
    PaknLateReport report;
    @Autowired
    PaknService service;
    @Autowired
    PaknFiguresService figures;
    @Autowired
    UnitService units;

    Map<String, Long> unit;
    final List<PaknHistoricItem> batch = new ArrayList<>();

    @BeforeEach
    void record() {
        unit = SystemAccess.asAdmin(() -> units.listAll().stream().collect(Collectors.toMap(Unit::getCode,
                Unit::getId)));
        answered(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10), "TTHCC", "Hỏi lệ phí"); // on time
        answered(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 28), "TTHCC", "=1+1"); // late: deadline 3/3
        open(LocalDate.of(2025, 3, 3), "TTHCC", "Chưa được trả lời"); // due 24/3, open on 31/3: overdue
        open(LocalDate.of(2025, 3, 24), "P-TP", "Cán bộ hẹn nhiều lần"); // within its deadline
        answered(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 3, 20), "P-TP", "Trả lời muộn"); // late
        answered(LocalDate.of(2024, 12, 2), LocalDate.of(2024, 12, 30), "P-TP", "Năm trước"); // not in the period
        SystemAccess.asAdmin(() -> service.importHistory(batch));
    }

    private PaknDraft draft(LocalDate received, String unitCode, String content) {
        return new PaknDraft(received.atTime(9, 0), PaknChannel.PORTAL, "Người dân", "09xx", content,
                PaknCategory.REGULATION, null, null, unit.get(unitCode));
    }

    private void answered(LocalDate received, LocalDate answeredOn, String unitCode, String content) {
        batch.add(new PaknHistoricItem(draft(received, unitCode, content), "pakn", PaknStatus.ANSWERED, "Đã trả lời",
                answeredOn, null, null, null));
    }

    private void open(LocalDate received, String unitCode, String content) {
        batch.add(new PaknHistoricItem(draft(received, unitCode, content), "pakn", PaknStatus.ASSIGNED, null, null,
                null, null, null));
    }

    private ReportRequest request(String unitCode) {
        return new ReportRequest(QUARTER, unitCode == null ? null : unit.get(unitCode), List.of(), null);
    }

    @Test
    void theLateOnesAreWhatTheOnTimeRateLoses() {
        for (String u : new String[] {null, "TTHCC", "P-TP"}) {
            PaknCounts c = figures.figures(QUARTER, u == null ? null : unit.get(u)).total();
            assertThat(report.count(request(u))).as(String.valueOf(u)).isEqualTo(c.due() - c.handledOnTime());
        }
        assertThat(report.count(request(null))).isEqualTo(3);
        List<ReportTable.Row> center = report.page(request("TTHCC"), 0, 50, VI_TEXTS);
        assertThat(center).extracting(r -> r.values().get(3).formatted()).containsExactly("=1+1",
                "Chưa được trả lời");
        assertThat(center).extracting(r -> r.values().get(9).formatted()).containsExactly("Trả lời sau hạn xử lý",
                "Quá hạn, chưa trả lời");
        // seen a day before the late answer, the same petition was still overdue without one
        ReportRequest before = new ReportRequest(Period.of(QUARTER.from(), LocalDate.of(2025, 3, 27)),
                unit.get("TTHCC"), List.of(), null);
        assertThat(report.page(before, 0, 50, VI_TEXTS)).extracting(r -> r.values().get(9).formatted())
                .containsExactly("Quá hạn, chưa trả lời", "Quá hạn, chưa trả lời");
    }

    @Test
    void theDownloadReadBackAsStored() throws Exception {
        ReportRequest all = request(null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.writeRows(report.header(all, VI_TEXTS), "PAKN", sink -> report.forEach(all, VI_TEXTS, sink),
                out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0))
                    .isEqualTo("DANH SÁCH PHẢN ÁNH, KIẾN NGHỊ TRẢ LỜI TRỄ HẠN HOẶC QUÁ HẠN CHƯA TRẢ LỜI");
            assertThat(text(sheet, 1, 0)).isEqualTo("(Từ ngày 01/01/2025 đến ngày 31/03/2025)");
            int h = 5;
            assertThat(text(sheet, h, 1)).isEqualTo("Số");
            assertThat(text(sheet, h, 11)).isEqualTo("Lý do giảm điểm");
            assertThat(sheet.getLastRowNum()).isEqualTo(h + 1 + 3);
            int first = h + 2;
            assertThat(DateUtil.isCellDateFormatted(cell(sheet, first, 2))).as("received, a date cell").isTrue();
            assertThat(text(sheet, first, 5)).isEqualTo("=1+1");
            assertThat(cell(sheet, first, 5).getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(sheet, first, 6)).isEqualTo(SystemAccess.asAdmin(() -> units.nameOf(unit.get("TTHCC")))
                    .orElseThrow());
        }
    }

    @Test
    @WithMockUser(username = "tiepnhan", roles = "RECEPTION")
    void receptionMayNotListThem() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.count(request(null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
