package vn.hcc.dashboard.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.ReportFiles.writeAndRead;
import static vn.hcc.dashboard.reports.Sheets.cell;
import static vn.hcc.dashboard.reports.Sheets.list;
import static vn.hcc.dashboard.reports.Sheets.numbers;
import static vn.hcc.dashboard.reports.Sheets.sums;
import static vn.hcc.dashboard.reports.Sheets.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.base.Period;

/**
 * The inventory and checklist reports read back from the file, on the demo Center (a hall that meets Art. 13 on its
 * six counters).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = {"DIRECTOR", "ADMIN"})
class EquipmentReportsTest {

    @Autowired
    InventoryReport inventoryReport;
    @Autowired
    ChecklistReport checklistReport;
    @Autowired
    EquipmentService equipment;
    @Autowired
    ChecklistService checklist;
    @Autowired
    Clock clock;

    private ReportRequest asOf(LocalDate day) {
        return ReportRequest.of(Period.of(day, day));
    }

    @Test
    void inventoryListsEveryItemWithDateCellsInertUserTextAndAQuantitySum() throws Exception {
        equipment.save(new ItemDraft(null, 0, EquipmentType.OTHER, "=HYPERLINK(\"http://x\",\"y\")", 3, null,
                "@kho", EquipmentStatus.BROKEN, LocalDate.of(2024, 5, 6), LocalDate.of(2026, 5, 6),
                "-1 cái hỏng màn hình"));
        List<InventoryRow> items = equipment.inventoryRows(EquipmentFilter.ALL);
        ReportTable table = inventoryReport.table(asOf(LocalDate.now(clock)), VI_TEXTS);
        assertThat(table.rows()).hasSize(items.size());
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(List.of(text(sheet, 3, 1), text(sheet, 3, 2), text(sheet, 3, 3), text(sheet, 3, 4),
                    text(sheet, 3, 5), text(sheet, 3, 6), text(sheet, 3, 7), text(sheet, 3, 8)))
                    .containsExactly("Tên thiết bị", "Loại thiết bị", "Số lượng", "Vị trí", "Tình trạng",
                            "Ngày đưa vào sử dụng", "Bảo hành đến", "Ghi chú");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(3, 4, 2, 2),
                    new CellRangeAddress(3, 4, 8, 8));
            int first = 5;
            int mine = -1;
            for (int r = first; r < first + items.size(); r++) {
                if (text(sheet, r, 1).startsWith("=HYPERLINK")) {
                    mine = r;
                }
            }
            assertThat(mine).as("the item typed above").isPositive();
            for (int c : new int[] {1, 4, 8}) {
                assertThat(cell(sheet, mine, c).getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell(sheet, mine, c).getCellStyle().getQuotePrefixed()).isTrue();
            }
            assertThat(List.of(text(sheet, mine, 1), text(sheet, mine, 2), text(sheet, mine, 4),
                    text(sheet, mine, 5), text(sheet, mine, 8))).containsExactly("=HYPERLINK(\"http://x\",\"y\")",
                    "Khác", "@kho", "Hỏng", "-1 cái hỏng màn hình");
            assertThat(numbers(sheet, mine, 3, 1)).isEqualTo(list(3));
            assertThat(cell(sheet, mine, 6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(cell(sheet, mine, 6))).isTrue();
            assertThat(cell(sheet, mine, 6).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(cell(sheet, mine, 6).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 5, 6));
            assertThat(cell(sheet, mine, 7).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 5, 6));
            int total = first + items.size();
            assertThat(text(sheet, total, 1)).isEqualTo("Tổng cộng");
            assertThat(sums(wb, sheet, total, 3, 1)).isEqualTo(
                    list(items.stream().mapToLong(InventoryRow::quantity).sum()));
        }
    }

    @Test
    void checklistOfTheDemoHallIsMetAndABrokenComputerMakesItMissing() throws Exception {
        ReportTable met = checklistReport.table(asOf(LocalDate.now(clock)), VI_TEXTS);
        try (XSSFWorkbook wb = writeAndRead(met)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("TRANG THIẾT BỊ TỐI THIỂU THEO ĐIỀU 13 NGHỊ ĐỊNH 61/2018/NĐ-CP");
            assertThat(text(sheet, 2, 0)).isEqualTo("Kết quả: đạt đủ tất cả hạng mục");
            assertThat(List.of(text(sheet, 4, 1), text(sheet, 4, 2), text(sheet, 5, 2), text(sheet, 5, 3),
                    text(sheet, 5, 4), text(sheet, 4, 5), text(sheet, 4, 6), text(sheet, 4, 7)))
                    .containsExactly("Hạng mục", "Định mức", "Số lượng cố định", "Số lượng mỗi quầy",
                            "Số quầy đang hoạt động", "Cần có", "Hiện có (đang sử dụng)", "Kết quả");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(4, 4, 2, 4),
                    new CellRangeAddress(4, 5, 5, 5), new CellRangeAddress(4, 5, 7, 7));
            assertThat(sheet.getLastRowNum()).as("12 lines, no total").isEqualTo(6 + 11);
            for (int r = 6; r <= 17; r++) {
                assertThat(text(sheet, r, 7)).as(text(sheet, r, 1)).isEqualTo("Đạt");
            }
        }

        EquipmentItem computer = equipment.search(new EquipmentFilter(EquipmentType.COMPUTER,
                EquipmentStatus.IN_USE, null), Pageable.unpaged()).getContent().getFirst();
        equipment.openFault(computer.getId(), computer.getVersion(),
                new FaultDraft(LocalDate.now(clock), "Không khởi động được", false));
        Map<EquipmentType, ChecklistLine> lines = checklist.checklist().stream()
                .collect(Collectors.toMap(ChecklistLine::type, l -> l));
        ChecklistLine computers = lines.get(EquipmentType.COMPUTER);
        assertThat(computers.met()).isFalse();
        ReportTable missing = checklistReport.table(asOf(LocalDate.now(clock)), VI_TEXTS);
        try (XSSFWorkbook wb = writeAndRead(missing)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 2, 0)).isEqualTo("Kết quả: còn hạng mục chưa đạt");
            int row = -1;
            for (int r = 6; r <= 17; r++) {
                if (text(sheet, r, 1).equals("Máy tính")) {
                    row = r;
                }
            }
            assertThat(numbers(sheet, row, 5, 2)).isEqualTo(list(computers.required(), computers.present()));
            assertThat(text(sheet, row, 7)).isEqualTo("Thiếu " + computers.missing());
        }
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadershipReadsBoth() {
        ReportRequest today = asOf(LocalDate.now(clock));
        assertThat(inventoryReport.table(today, VI_TEXTS).rows()).isNotEmpty();
        assertThat(checklistReport.table(today, VI_TEXTS).rows()).hasSize(12);
    }
}
