package vn.hcc.dashboard.pakn;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.ReportFiles.writeAndRead;
import static vn.hcc.dashboard.reports.Sheets.list;
import static vn.hcc.dashboard.reports.Sheets.numbers;
import static vn.hcc.dashboard.reports.Sheets.sums;
import static vn.hcc.dashboard.reports.Sheets.text;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;

/**
 * Seed 001's appendix V per unit, read back from the file: seed 004's month of local-matter petitions (appendix V
 * zero, 17 received: 1 handled on time, 6 pending within and 5 past the deadline, 5 hidden), seed 001's zeros, and a
 * quarter with petitions about regulations and conduct, one of them not yet assigned to a unit.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class PaknReportTest {

    static final LocalDate FROM_004 = LocalDate.of(2024, 8, 24);
    static final LocalDate TO_004 = LocalDate.of(2024, 9, 23);
    /** STT, unit, then 6 appendix V columns and 7 state columns. */
    static final int FIRST_ROW = 7;

    @Autowired
    PaknReport report;
    @Autowired
    PaknService service;
    @Autowired
    PaknFiguresService figures;
    @Autowired
    UnitService units;

    Map<String, Unit> unit;
    final List<PaknHistoricItem> batch = new ArrayList<>();

    @BeforeEach
    void units() {
        unit = units.listAll().stream().collect(Collectors.toMap(Unit::getCode, u -> u));
    }

    private PaknDraft draft(LocalDate received, PaknCategory category, String unitCode, String content) {
        return new PaknDraft(received.atTime(9, 0), PaknChannel.MOBILE_APP, "Người dân", "09xx", content, category,
                null, null, unitCode == null ? null : unit.get(unitCode).getId());
    }

    private void open(LocalDate received, PaknCategory category, String unitCode) {
        batch.add(new PaknHistoricItem(draft(received, category, unitCode, "Kiến nghị"), unitCode == null ? null
                : "pakn", unitCode == null ? PaknStatus.NEW : PaknStatus.ASSIGNED, null, null, null, null, null));
    }

    private void hidden(LocalDate received, LocalDate hiddenOn, String unitCode) {
        batch.add(new PaknHistoricItem(draft(received, PaknCategory.LOCAL, unitCode, "Lấn chiếm vỉa hè"), "pakn",
                PaknStatus.HIDDEN, null, null, null, hiddenOn, "Trùng nội dung"));
    }

    private void answered(LocalDate received, LocalDate answeredOn, PaknCategory category, String unitCode) {
        batch.add(new PaknHistoricItem(draft(received, category, unitCode, "Kiến nghị"), "pakn", PaknStatus.ANSWERED,
                "Đã trả lời", answeredOn, null, null, null));
    }

    /** Seed 004 §3.2, as PaknFiguresServiceTest builds it: every petition a local matter. */
    private void seed004() {
        LocalDate early = LocalDate.of(2024, 8, 27);
        LocalDate late = LocalDate.of(2024, 9, 16);
        open(early, PaknCategory.LOCAL, "X-LAIHA");
        open(early, PaknCategory.LOCAL, "X-PHUHOA");
        open(late, PaknCategory.LOCAL, "X-PHUHOA");
        open(late, PaknCategory.LOCAL, "X-TANLANG");
        open(early, PaknCategory.LOCAL, "X-THUA");
        open(late, PaknCategory.LOCAL, "X-THUA");
        open(late, PaknCategory.LOCAL, "X-THUA");
        for (int i = 0; i < 4; i++) {
            open(i < 2 ? early : late, PaknCategory.LOCAL, "X-TRUNGKENH");
        }
        for (int i = 0; i < 5; i++) {
            hidden(early, LocalDate.of(2024, 9, 10), "X-TRUNGKENH");
        }
        answered(LocalDate.of(2024, 8, 26), LocalDate.of(2024, 9, 5), PaknCategory.LOCAL, "TTHCC");
        service.importHistory(batch);
        batch.clear();
    }

    private static List<Long> counts(PaknFigures f) {
        PaknFigures.AppendixV v = f.appendixV();
        PaknCounts c = f.total();
        return list(v.receivedTotal(), v.receivedRegulation(), v.receivedConduct(), v.handledTotal(),
                v.handledRegulation(), v.handledConduct(), c.receivedInPeriod(), c.carriedOver(), c.handledOnTime(),
                c.handledLate(), c.pendingWithinDeadline(), c.pendingOverdue(), c.hidden());
    }

    @Test
    void seed004sMonthPerCommuneWithTotalsAsSumFormulas() throws Exception {
        seed004();
        ReportTable table = report.table(ReportRequest.of(Period.of(FROM_004, TO_004)), VI_TEXTS);
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("KẾT QUẢ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ VỀ TTHC");
            assertThat(text(sheet, 1, 0)).isEqualTo("(Từ ngày 24/08/2024 đến ngày 23/09/2024)");
            assertThat(text(sheet, 3, 0)).contains("(17 tiếp nhận trong kỳ)");
            // seed 001's two header groups, then the states of every petition
            assertThat(List.of(text(sheet, 5, 2), text(sheet, 6, 2), text(sheet, 6, 3), text(sheet, 6, 4),
                    text(sheet, 5, 5), text(sheet, 5, 12), text(sheet, 6, 12), text(sheet, 6, 13), text(sheet, 5, 14)))
                    .containsExactly("Số lượng PAKN về TTHC đã tiếp nhận", "Tổng số", "Về quy định, TTHC",
                            "Về hành vi trong giải quyết TTHC", "Số lượng PAKN về TTHC đã xử lý",
                            "Tất cả PAKN đang xử lý", "Trong hạn", "Quá hạn", "PAKN đã ẩn");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(5, 5, 2, 4),
                    new CellRangeAddress(5, 5, 5, 7), new CellRangeAddress(5, 5, 8, 9),
                    new CellRangeAddress(5, 6, 14, 14), new CellRangeAddress(5, 6, 1, 1));
            // six units had petitions, in catalogue order
            assertThat(sheet.getLastRowNum()).isEqualTo(FIRST_ROW + 6);
            Map<String, Integer> rowOf = new java.util.HashMap<>();
            for (int r = FIRST_ROW; r < FIRST_ROW + 6; r++) {
                rowOf.put(text(sheet, r, 1), r);
            }
            assertThat(numbers(sheet, rowOf.get(unit.get("X-TRUNGKENH").getName()), 2, 13))
                    .isEqualTo(list(0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 2, 2, 5));
            assertThat(numbers(sheet, rowOf.get(unit.get("X-THUA").getName()), 2, 13))
                    .isEqualTo(list(0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 2, 1, 0));
            assertThat(numbers(sheet, rowOf.get(unit.get("TTHCC").getName()), 2, 13))
                    .isEqualTo(list(0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0));
            int total = FIRST_ROW + 6;
            assertThat(text(sheet, total, 1)).isEqualTo("Tổng cộng");
            List<Long> sums = sums(wb, sheet, total, 2, 13);
            assertThat(sums).isEqualTo(list(0, 0, 0, 0, 0, 0, 17, 0, 1, 0, 6, 5, 5));
            assertThat(sums).isEqualTo(counts(figures.figures(Period.of(FROM_004, TO_004), null)));
        }
    }

    @Test
    void seed001sAppendixVIsAllZerosAndHasNoRows() throws Exception {
        LocalDate from = LocalDate.of(2023, 12, 15);
        LocalDate to = LocalDate.of(2024, 3, 14);
        ReportTable table = report.table(ReportRequest.of(Period.of(from, to)), VI_TEXTS);
        assertThat(table.rows()).isEmpty();
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, FIRST_ROW, 1)).isEqualTo("Tổng cộng");
            assertThat(numbers(sheet, FIRST_ROW, 2, 13)).isEqualTo(list(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        }
    }

    @Test
    void regulationsAndConductSplitPerUnitAndUnassignedPetitionsHaveTheirRow() throws Exception {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 3, 31);
        answered(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 10), PaknCategory.REGULATION, "TTHCC");
        answered(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 3, 28), PaknCategory.REGULATION, "TTHCC"); // late
        open(LocalDate.of(2025, 3, 3), PaknCategory.REGULATION, "TTHCC"); // due 24/3: overdue on 31/3
        answered(LocalDate.of(2025, 2, 3), LocalDate.of(2025, 2, 7), PaknCategory.CONDUCT, "P-TP");
        answered(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 10), PaknCategory.CONDUCT, "P-TP"); // carried
        open(LocalDate.of(2025, 3, 27), PaknCategory.CONDUCT, null); // nobody assigned yet, within its deadline
        answered(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 14), PaknCategory.LOCAL, "X-LAIHA");
        service.importHistory(batch);
        ReportTable table = report.table(ReportRequest.of(Period.of(from, to)), VI_TEXTS);
        // catalogue order (the unit service's), the unassigned last
        assertThat(table.rows()).extracting(ReportTable.Row::label).containsExactly(unit.get("P-TP").getName(),
                unit.get("TTHCC").getName(), unit.get("X-LAIHA").getName(), "Chưa phân công đơn vị");
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(numbers(sheet, FIRST_ROW, 2, 13)).as("the justice office")
                    .isEqualTo(list(1, 0, 1, 2, 0, 2, 1, 1, 2, 0, 0, 0, 0));
            assertThat(numbers(sheet, FIRST_ROW + 1, 2, 13)).as("the center")
                    .isEqualTo(list(3, 3, 0, 2, 2, 0, 3, 0, 1, 1, 0, 1, 0));
            assertThat(numbers(sheet, FIRST_ROW + 2, 2, 13)).as("a local matter: not in appendix V")
                    .isEqualTo(list(0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0));
            assertThat(numbers(sheet, FIRST_ROW + 3, 2, 13)).as("unassigned")
                    .isEqualTo(list(1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0));
            List<Long> sums = sums(wb, sheet, FIRST_ROW + 4, 2, 13);
            assertThat(sums).isEqualTo(counts(figures.figures(Period.of(from, to), null)));
            PaknFigures.AppendixV v = figures.figures(Period.of(from, to), null).appendixV();
            assertThat(sums.subList(0, 6)).isEqualTo(list(5, 3, 2, 4, 2, 2)).isEqualTo(list(v.receivedTotal(),
                    v.receivedRegulation(), v.receivedConduct(), v.handledTotal(), v.handledRegulation(),
                    v.handledConduct()));
            assertThat(sheet.getRow(FIRST_ROW + 4).getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
        }
    }

    @Test
    void theReportIsOfferedAsPaknAtSixty() {
        assertThat(List.of(report.key(), report.order(), report.available())).containsExactly("PAKN", 60, true);
        assertThat(report.fileName(Period.of(FROM_004, TO_004))).isEqualTo("PhuLucV_PAKN_2024-08-24_2024-09-23.xlsx");
        assertThat(VI_TEXTS.get("reports.sheet.PAKN").length()).isLessThanOrEqualTo(31);
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadershipReadsIt() {
        assertThat(report.table(ReportRequest.of(Period.of(FROM_004, TO_004)), VI_TEXTS).total()).isNotNull();
    }
}
