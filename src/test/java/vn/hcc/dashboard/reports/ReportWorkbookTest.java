package vn.hcc.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.ReportFiles.writeAndRead;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.SeedDossiers;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.figures.Bieu06aReport;
import vn.hcc.dashboard.figures.UnitTableReport;

/**
 * The generated workbooks read back with POI: seed 000's Biểu II.06a (with its intake-by-channel block) and seed
 * 004's department table reproduced cell by cell from dossier records, total formulas that evaluate to the seed totals, the merged header, the page
 * setup and inert formula-looking names.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "LEADER")
class ReportWorkbookTest {

    /**
     * Seed 000, Biểu II.06a, columns Tổng số … Rút hồ sơ with the block "tiếp nhận chi tiết" (trực tiếp, bưu chính,
     * bưu chính công ích, smart phone: the period's own intake, so Bảo trợ xã hội's carried-over dossier is not in it).
     */
    private static final Map<String, long[]> SEED_000 = Map.of(
            "Bảo trợ xã hội", new long[] {3, 0, 2, 1, 3, 3, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0},
            "Chứng thực", new long[] {606, 528, 78, 0, 596, 593, 0, 3, 0, 0, 0, 78, 0, 0, 0, 10},
            "Hộ tịch", new long[] {192, 186, 6, 0, 191, 189, 0, 2, 0, 0, 0, 6, 0, 0, 0, 1},
            "Người có công", new long[] {2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2},
            "Đất đai", new long[] {10, 0, 0, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10});
    private static final long[] SEED_000_TOTAL = {813, 716, 86, 11, 790, 785, 0, 5, 0, 0, 0, 86, 0, 0, 0, 23};
    private static final int COLUMNS_06A = SEED_000_TOTAL.length;

    /** Seed 004, first table (the nine departments in catalogue order). */
    private static final long[][] SEED_004_CENTER = {
            {4, 0, 4, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 0, 4},
            {39, 0, 39, 0, 0, 0, 0, 34, 34, 0, 0, 0, 5, 0, 0, 0, 0, 0},
            {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            {53, 0, 53, 34, 34, 0, 0, 19, 19, 0, 0, 0, 0, 0, 0, 34, 34, 34},
            {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            {24, 0, 24, 23, 23, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 23, 20, 23},
            {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
            {164, 0, 164, 152, 146, 5, 1, 10, 10, 0, 0, 0, 2, 0, 0, 0, 0, 152},
            {400, 400, 0, 400, 0, 400, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}};
    private static final long[] SEED_004_CENTER_TOTAL =
            {684, 400, 284, 613, 207, 405, 1, 64, 63, 1, 0, 0, 7, 0, 0, 61, 54, 213};

    /** Title block: title, form name, reporting unit, period, unit of measure, blank; header rows 6 and 7. */
    private static final int HEADER_06A = 6;
    private static final int HEADER_UNIT = 4;

    @Autowired
    ApplicationContext ctx;
    @Autowired
    Bieu06aReport bieu06a;
    @Autowired
    UnitTableReport unitTable;
    @Autowired
    UnitService units;

    @Test
    void seed000FormReproducedCellByCell() throws Exception {
        SeedDossiers.saveSeed000(ctx, "TTHCC");
        long center = unit("TTHCC").getId();
        ReportTable table = bieu06a.table(Period.of(SeedDossiers.SEED_000_FROM, SeedDossiers.SEED_000_TO), center, VI_TEXTS);
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
            assertThat(text(sheet, 1, 0)).isEqualTo("Biểu số II.06a/VPCP/KSTT");
            assertThat(text(sheet, 2, 0))
                    .isEqualTo("Đơn vị báo cáo: Trung tâm Phục vụ hành chính công huyện Lương Tài");
            assertThat(text(sheet, 3, 0)).isEqualTo("(Từ ngày 15/12/2023 đến ngày 31/10/2024)");
            assertThat(text(sheet, 4, 0)).isEqualTo("Đơn vị tính: Hồ sơ");

            int h = HEADER_06A;
            assertThat(List.of(text(sheet, h, 0), text(sheet, h, 1), text(sheet, h, 2), text(sheet, h, 6),
                    text(sheet, h, 10), text(sheet, h, 13), text(sheet, h, 17))).containsExactly("STT",
                    "Lĩnh vực giải quyết", "Số lượng hồ sơ tiếp nhận", "Số lượng hồ sơ đã giải quyết",
                    "Số lượng hồ sơ đang giải quyết", "Số lượng hồ sơ tiếp nhận chi tiết", "Rút hồ sơ");
            List<String> lower = new ArrayList<>();
            for (int c = 2; c <= 16; c++) {
                lower.add(text(sheet, h + 1, c));
            }
            // the seed's column order
            assertThat(lower).containsExactly("Tổng số", "Trực tuyến", "Trực tiếp và BCCI", "Từ kỳ trước chuyển qua",
                    "Tổng số", "Trước hạn", "Đúng hạn", "Quá hạn", "Tổng số", "Trong hạn", "Quá hạn", "Trực tiếp",
                    "Bưu chính", "Bưu chính công ích", "Smart phone");
            assertThat(regions(sheet)).contains(new CellRangeAddress(h, h + 1, 0, 0),
                    new CellRangeAddress(h, h + 1, 1, 1), new CellRangeAddress(h, h, 2, 5),
                    new CellRangeAddress(h, h, 6, 9), new CellRangeAddress(h, h, 10, 12),
                    new CellRangeAddress(h, h, 13, 16), new CellRangeAddress(h, h + 1, 17, 17));

            // every catalogue field has a row, zeros included (6 fields), then the total row
            Map<String, Integer> fieldRows = new java.util.HashMap<>();
            for (int r = h + 2; r < h + 8; r++) {
                assertThat(sheet.getRow(r).getCell(0).getNumericCellValue()).isEqualTo(r - h - 1);
                fieldRows.put(text(sheet, r, 1), r);
            }
            assertThat(fieldRows).hasSize(6);
            long[] columnSums = new long[COLUMNS_06A];
            for (Map.Entry<String, long[]> e : SEED_000.entrySet()) {
                assertThat(fieldRows).containsKey(e.getKey());
                long[] stored = values(sheet, fieldRows.get(e.getKey()), COLUMNS_06A);
                assertThat(stored).as(e.getKey()).containsExactly(e.getValue());
            }
            assertThat(values(sheet, fieldRows.get("Đăng ký kinh doanh"), COLUMNS_06A)).containsOnly(0L);
            for (int r = h + 2; r < h + 8; r++) {
                long[] stored = values(sheet, r, COLUMNS_06A);
                for (int c = 0; c < COLUMNS_06A; c++) {
                    columnSums[c] += stored[c];
                }
            }

            int totalRow = h + 8;
            assertThat(text(sheet, totalRow, 1)).isEqualTo("Tổng cộng");
            // read as stored, no formula evaluated: each total is the SUM over the six field rows, whose stored
            // values add up to the seed's "Tổng cộng" (86 = 78 + 2 + 6 received in person, none by post or phone)
            for (int c = 0; c < COLUMNS_06A; c++) {
                Cell cell = sheet.getRow(totalRow).getCell(2 + c);
                String col = org.apache.poi.ss.util.CellReference.convertNumToColString(2 + c);
                assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
                assertThat(cell.getCellFormula()).isEqualTo("SUM(" + col + "9:" + col + "14)");
            }
            assertThat(columnSums).containsExactly(SEED_000_TOTAL);
            // the formulas equal the app's own figures, and the form adds up: 813 = 790 + 0 + 23
            assertThat(table.total().countValues()).containsExactly(box(SEED_000_TOTAL));
            long[] t = SEED_000_TOTAL;
            assertThat(t[0]).isEqualTo(t[1] + t[2] + t[3]).isEqualTo(t[4] + t[8] + t[15]);
            // the channel detail splits the period's direct intake: 86 = 86 + 0 + 0
            assertThat(t[2]).isEqualTo(t[11] + t[12] + t[13]);
            assertThat(t[14]).isLessThanOrEqualTo(t[1]);

            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) (h + 2));
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getFitToPage()).isTrue();
            Cell number = sheet.getRow(h + 2).getCell(2);
            assertThat(number.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(number.getCellStyle().getBorderBottom()).isNotEqualTo(org.apache.poi.ss.usermodel.BorderStyle.NONE);
            assertThat(sheet.getRow(h).getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(2));
        }
    }

    @Test
    void seed004DepartmentTableReproducedCellByCell() throws Exception {
        SeedDossiers.saveSeed004(ctx);
        // the order of seed 004's first table
        List<Long> departments = List.of("P-KTHT", "P-LDTBXH", "P-NV", "P-TCKH", "P-TNMT", "P-TP", "P-VHTT",
                "CN-VPDKDD", "CCT").stream().map(c -> unit(c).getId()).toList();
        ReportTable table = unitTable.table(Period.of(SeedDossiers.SEED_004_FROM, SeedDossiers.SEED_004_TO), departments,
                VI_TEXTS);
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 1, 0)).isEqualTo("(Từ ngày 24/08/2024 đến ngày 23/09/2024)");
            int h = HEADER_UNIT;
            assertThat(List.of(text(sheet, h, 2), text(sheet, h, 5), text(sheet, h, 9), text(sheet, h, 12),
                    text(sheet, h, 15), text(sheet, h, 17), text(sheet, h, 18), text(sheet, h, 19),
                    text(sheet, h, 20)))
                    .containsExactly("Số lượng hồ sơ tiếp nhận", "Số lượng hồ sơ đã giải quyết",
                            "Số lượng hồ sơ đang giải quyết", "Tạm dừng", "Hủy hồ sơ",
                            "Số hồ sơ có phát sinh nghĩa vụ tài chính", "Số hồ sơ thanh toán trực tuyến",
                            "Số hồ sơ thanh toán trực tiếp", "Số hồ sơ có kết quả điện tử (số hóa kết quả)");
            assertThat(regions(sheet)).contains(new CellRangeAddress(h, h, 2, 4), new CellRangeAddress(h, h, 5, 8),
                    new CellRangeAddress(h, h, 9, 11), new CellRangeAddress(h, h, 12, 14),
                    new CellRangeAddress(h, h, 15, 16), new CellRangeAddress(h, h + 1, 17, 17),
                    new CellRangeAddress(h, h + 1, 19, 19), new CellRangeAddress(h, h + 1, 20, 20));
            assertThat(text(sheet, h + 2, 1)).isEqualTo("Phòng Kinh tế và Hạ tầng");
            assertThat(text(sheet, h + 10, 1)).isEqualTo("Chi cục Thuế khu vực Lương Tài");
            for (int i = 0; i < SEED_004_CENTER.length; i++) {
                assertThat(seedColumns(values(sheet, h + 2 + i, 19))).as("row %d", i + 1)
                        .containsExactly(SEED_004_CENTER[i]);
            }
            int totalRow = h + 11;
            assertThat(seedColumns(evaluated(wb, sheet, totalRow, 19))).containsExactly(SEED_004_CENTER_TOTAL);
            // the department table of seed 004 has no "paid in person" column: every fee not paid online was
            // collected at the counter (Kinh tế HT 4, Tư pháp 23 - 20 = 3)
            assertThat(values(sheet, h + 2, 19)[17]).isEqualTo(4);
            assertThat(values(sheet, h + 7, 19)[17]).isEqualTo(3);
            assertThat(evaluated(wb, sheet, totalRow, 19)[17]).isEqualTo(7);
            assertThat(seedColumns(table.total().countValues())).containsExactly(box(SEED_004_CENTER_TOTAL));
            // 684 = 613 + 64 + 7
            long[] t = SEED_004_CENTER_TOTAL;
            assertThat(t[0]).isEqualTo(t[3] + t[7] + t[10] + t[11] + t[12] + t[13] + t[14]);
        }
    }

    /**
     * A long procedure name wraps inside its column, and its row is as high as the lines it needs, so that it never
     * runs over the rows below in print; a short row keeps the default height. The total is stored with its value.
     */
    @Test
    void longTextsWrapInRowsHighEnoughAndTotalsAreStored() throws Exception {
        String longName = "Thủ tục chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản, quyền sử dụng"
                + " đất và nhà ở theo quy định của pháp luật về chứng thực";
        ReportTable table = new ReportTable("T", List.of(), "Mã hồ sơ", List.of(
                new ReportTable.Group("Thủ tục", List.of()), new ReportTable.Group("Phí", List.of())), List.of(
                new ReportTable.Row("H37-001", List.of(ReportValue.text(longName), ReportValue.count(50_000))),
                new ReportTable.Row("H37-002", List.of(ReportValue.text("Khai sinh"), ReportValue.count(0)))),
                new ReportTable.Row("Tổng cộng", List.of(ReportValue.text(""), ReportValue.count(50_000))));
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int first = 4;
            Cell name = sheet.getRow(first).getCell(2);
            assertThat(name.getStringCellValue()).isEqualTo(longName);
            assertThat(name.getCellStyle().getWrapText()).isTrue();
            int widthChars = sheet.getColumnWidth(2) / 256;
            assertThat(widthChars).isBetween(13, 40);
            // 132 letters in at most 40 digits' width: three lines at least, however narrow the letters
            assertThat(longName.length()).isGreaterThan(3 * widthChars);
            assertThat(sheet.getRow(first).getHeightInPoints()).isGreaterThanOrEqualTo(3 * 15f);
            assertThat(sheet.getRow(first + 1).getHeightInPoints()).isEqualTo(sheet.getDefaultRowHeightInPoints());
            Cell total = sheet.getRow(first + 2).getCell(3);
            assertThat(total.getCellFormula()).isEqualTo("SUM(D5:D6)");
            assertThat(total.getNumericCellValue()).as("as stored, not recalculated").isEqualTo(50_000);
        }
    }

    @Test
    void formulaLookingNamesAreInertText() throws Exception {
        List<String> names = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2", "@SUM(A1:A2)", "Phòng Tư pháp");
        List<ReportTable.Row> rows = names.stream().map(n -> ReportTable.Row.counts(n, List.of(1L))).toList();
        ReportTable table = new ReportTable("T", List.of(), "Tên đơn vị",
                List.of(new ReportTable.Group("Tổng số", List.of())), rows, ReportTable.Row.counts("Tổng",
                        List.of(5L)));
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int i = 0; i < names.size(); i++) {
                Cell cell = sheet.getRow(4 + i).getCell(1);
                assertThat(cell.getCellType()).as(names.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(names.get(i));
                assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(i < 4);
            }
            assertThat(evaluated(wb, sheet, 4 + names.size(), 1)).containsExactly(5L);
        }
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void receptionMayNotBuildReports() {
        assertThatThrownBy(() -> bieu06a.table(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)), null, VI_TEXTS))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> unitTable.table(Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)), List.of(),
                VI_TEXTS)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void fileNameCarriesThePeriod() {
        assertThat(bieu06a.fileName(Period.of(LocalDate.of(2023, 12, 15), LocalDate.of(2024, 10, 31))))
                .isEqualTo("BieuII06a_2023-12-15_2024-10-31.xlsx");
    }

    private Unit unit(String code) {
        return units.listAll().stream().filter(u -> u.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static String text(XSSFSheet sheet, int row, int col) {
        return sheet.getRow(row).getCell(col).getStringCellValue();
    }

    private static List<CellRangeAddress> regions(XSSFSheet sheet) {
        return sheet.getMergedRegions();
    }

    private static long[] values(XSSFSheet sheet, int row, int count) {
        Row x = sheet.getRow(row);
        long[] v = new long[count];
        for (int c = 0; c < count; c++) {
            assertThat(x.getCell(2 + c).getCellType()).isEqualTo(CellType.NUMERIC);
            v[c] = (long) x.getCell(2 + c).getNumericCellValue();
        }
        return v;
    }

    private static long[] evaluated(XSSFWorkbook wb, XSSFSheet sheet, int row, int count) {
        FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
        Row x = sheet.getRow(row);
        long[] v = new long[count];
        for (int c = 0; c < count; c++) {
            Cell cell = x.getCell(2 + c);
            assertThat(cell.getCellType()).isEqualTo(CellType.FORMULA);
            // the value as stored, what a reader that does not recalculate shows; and the formula agrees with it
            v[c] = (long) cell.getNumericCellValue();
            assertThat((long) eval.evaluate(cell).getNumberValue()).isEqualTo(v[c]);
        }
        return v;
    }

    /** The 18 columns of seed 004's department table: all but "paid in person" (index 17). */
    private static long[] seedColumns(long[] all) {
        long[] v = new long[18];
        System.arraycopy(all, 0, v, 0, 17);
        v[17] = all[18];
        return v;
    }

    private static List<Long> seedColumns(List<Long> all) {
        List<Long> v = new ArrayList<>(all.subList(0, 17));
        v.add(all.get(18));
        return v;
    }

    private static Long[] box(long[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Long[]::new);
    }
}
