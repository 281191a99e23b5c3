package vn.hcc.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.ReportFiles.writeAndRead;
import static vn.hcc.dashboard.reports.Sheets.list;
import static vn.hcc.dashboard.reports.Sheets.numbers;
import static vn.hcc.dashboard.reports.Sheets.sums;
import static vn.hcc.dashboard.reports.Sheets.text;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.ProcedureDraft;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.SeedDossiers;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.figures.UnitTableReport;
import vn.hcc.dashboard.figures.OnlineServicesReport;
import vn.hcc.dashboard.base.Period;

/**
 * Seed 004's commune table (with its "paid in person" column) and seed 000's "Báo cáo ứng dụng dịch vụ công trực
 * tuyến", reproduced cell by cell from dossier records and read back with POI; each row satisfies its identity.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "LEADER")
class FormReportsTest {

    /** Seed 004, second table, in its order: the 19 columns from "Tổng hồ sơ tiếp nhận" to "Số hoá KQ". */
    private static final String[] COMMUNES = {"X-THUA", "X-ANTHINH", "X-BINHDINH", "X-LAIHA", "X-LAMTHAO",
            "X-MINHTAN", "X-MYHUONG", "X-PHUHOA", "X-PHULUONG", "X-QUANGPHU", "X-TANLANG", "X-TRUNGCHINH",
            "X-TRUNGKENH", "X-TRUNGXA"};
    private static final long[][] SEED_004_COMMUNES = {
            {11, 0, 11, 10, 7, 1, 2, 1, 1, 0, 0, 0, 0, 0, 0, 8, 7, 1, 10},
            {18, 0, 18, 18, 18, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 9, 1, 18},
            {35, 0, 35, 35, 33, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24, 19, 5, 35},
            {21, 0, 21, 21, 19, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 5, 3, 21},
            {29, 0, 29, 29, 27, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 21, 21, 0, 29},
            {40, 0, 40, 37, 29, 7, 1, 0, 0, 0, 0, 0, 0, 0, 3, 21, 21, 0, 37},
            {30, 0, 30, 30, 27, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 28, 28, 0, 30},
            {32, 0, 32, 28, 25, 1, 2, 4, 4, 0, 0, 0, 0, 0, 0, 20, 20, 0, 28},
            {23, 0, 23, 21, 18, 2, 1, 1, 0, 1, 0, 0, 0, 0, 1, 21, 21, 0, 21},
            {41, 0, 41, 41, 40, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 33, 33, 0, 41},
            {42, 0, 42, 40, 37, 3, 0, 2, 2, 0, 0, 0, 0, 0, 0, 35, 35, 0, 40},
            {42, 0, 42, 39, 33, 4, 2, 2, 2, 0, 0, 0, 0, 0, 1, 26, 26, 0, 39},
            {66, 0, 66, 62, 56, 4, 2, 3, 3, 0, 0, 0, 0, 0, 1, 60, 60, 0, 59},
            {8, 0, 8, 8, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8}};
    private static final long[] SEED_004_COMMUNES_TOTAL =
            {438, 0, 438, 419, 377, 30, 12, 13, 12, 1, 0, 0, 0, 0, 6, 316, 305, 10, 416};

    @Autowired
    ApplicationContext ctx;
    @Autowired
    UnitTableReport unitTable;
    @Autowired
    OnlineServicesReport onlineServices;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;
    @Autowired
    ProcedureService procedures;

    @Test
    void seed004CommuneTableCellByCell() throws Exception {
        SeedDossiers.saveSeed004(ctx);
        List<Long> communes = java.util.Arrays.stream(COMMUNES).map(c -> unit(c).getId()).toList();
        ReportTable table = unitTable.table(ReportRequest.of(Period.of(SeedDossiers.SEED_004_FROM, SeedDossiers.SEED_004_TO))
                .withUnits(communes), VI_TEXTS);
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int h = 4;
            assertThat(text(sheet, h, 19)).isEqualTo("Số hồ sơ thanh toán trực tiếp");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(h, h + 1, 19, 19));
            for (int i = 0; i < COMMUNES.length; i++) {
                int r = h + 2 + i;
                assertThat(text(sheet, r, 1)).isEqualTo(unit(COMMUNES[i]).getName());
                List<Long> v = numbers(sheet, r, 2, 19);
                assertThat(v).as(COMMUNES[i]).isEqualTo(list(SEED_004_COMMUNES[i]));
                // received = resolved + in progress + suspended + refused + withdrawn
                assertThat(v.get(0)).isEqualTo(v.get(3) + v.get(7) + v.get(10) + v.get(11) + v.get(12) + v.get(13)
                        + v.get(14));
                assertThat(v.get(0)).isEqualTo(v.get(1) + v.get(2));
            }
            int totalRow = h + 2 + COMMUNES.length;
            assertThat(text(sheet, totalRow, 1)).isEqualTo("Tổng cộng");
            assertThat(sums(wb, sheet, totalRow, 2, 19)).isEqualTo(list(SEED_004_COMMUNES_TOTAL));
            assertThat(table.total().countValues()).isEqualTo(list(SEED_004_COMMUNES_TOTAL));
            // 438 = 419 + 13 + 6; "paid in person" is 10, not 316 - 305
            assertThat(438L).isEqualTo(419 + 13 + 6);
        }
    }

    /** name, catalogue level, online, at the counter, by post (seed 000's 14 procedures; none came by post). */
    private record Service(String name, OnlineLevel level, int online, int inPerson, int postal) {
    }

    private static final List<Service> SEED_000_SERVICES = List.of(
            new Service("Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", OnlineLevel.PARTLY, 4, 0,
                    0),
            new Service("Đăng ký khai sinh", OnlineLevel.PARTLY, 7, 0, 0),
            new Service("Đăng ký khai tử", OnlineLevel.PARTLY, 11, 0, 0),
            new Service("Đăng ký nhận cha, mẹ, con", OnlineLevel.PARTLY, 1, 0, 0),
            new Service("Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hàng tháng", OnlineLevel.PARTLY, 0, 2, 0),
            new Service("Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ em dưới 6 tuổi",
                    OnlineLevel.FULLY, 13, 0, 0),
            new Service("Chứng thực bản sao từ bản chính giấy tờ, văn bản", OnlineLevel.PARTLY, 518, 77, 0),
            new Service("Thay đổi, cải chính, bổ sung thông tin hộ tịch", OnlineLevel.PARTLY, 4, 0, 0),
            new Service("Cấp Giấy xác nhận tình trạng hôn nhân", OnlineLevel.FULLY, 31, 1, 0),
            new Service("Đăng ký lại khai sinh", OnlineLevel.PARTLY, 10, 0, 0),
            new Service("Hưởng trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần", OnlineLevel.PARTLY, 2, 0,
                    0),
            new Service("Chứng thực chữ ký trong các giấy tờ, văn bản", OnlineLevel.PARTLY, 6, 1, 0),
            new Service("Cấp bản sao Trích lục hộ tịch", OnlineLevel.FULLY, 82, 5, 0),
            new Service("Đăng ký kết hôn", OnlineLevel.PARTLY, 27, 0, 0));

    @Test
    void seed000OnlineServicesByProcedure() throws Exception {
        long center = unit("TTHCC").getId();
        long thua = unit("X-THUA").getId();
        long ht = fields.listAll().stream().filter(f -> f.getCode().equals("HT")).findFirst().orElseThrow().getId();
        SystemAccess.asAdmin(() -> {
            int i = 0;
            for (Service s : SEED_000_SERVICES) {
                long p = procedure("S000-" + i, s.name(), s.level(), ht, center);
                SeedDossiers.saveReceived(ctx, "ON-" + i++, p, ht, center, s.online(), s.inPerson(), s.postal(),
                        SeedDossiers.SEED_000_FROM, SeedDossiers.SEED_000_TO);
            }
            // not an online service: left out of the report
            long none = procedure("S000-NONE", "Thủ tục không có DVC trực tuyến", OnlineLevel.NONE, ht, center);
            SeedDossiers.saveReceived(ctx, "ON-NONE", none, ht, center, 0, 3, 0, SeedDossiers.SEED_000_FROM,
                    SeedDossiers.SEED_000_TO);
            // another unit's dossiers, by post too
            long postal = procedure("S000-POST", "=Thủ tục gửi qua bưu chính", OnlineLevel.FULLY, ht, thua);
            SeedDossiers.saveReceived(ctx, "ON-POST", postal, ht, thua, 2, 1, 3, SeedDossiers.SEED_000_FROM,
                    SeedDossiers.SEED_000_TO);
        });
        ReportTable table = onlineServices.table(ReportRequest.of(Period.of(SeedDossiers.SEED_000_FROM,
                SeedDossiers.SEED_000_TO)).withUnit(center), VI_TEXTS);
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("BÁO CÁO ỨNG DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN");
            assertThat(text(sheet, 1, 0)).isEqualTo("(Từ ngày 15/12/2023 đến ngày 31/10/2024)");
            int h = 3;
            assertThat(List.of(text(sheet, h, 1), text(sheet, h, 2), text(sheet, h, 7), text(sheet, h, 12)))
                    .containsExactly("Thủ tục hành chính", "Dịch vụ công trực tuyến một phần",
                            "Dịch vụ công trực tuyến toàn trình", "Ghi chú");
            List<String> lower = new ArrayList<>();
            for (int c = 2; c <= 6; c++) {
                lower.add(text(sheet, h + 1, c));
            }
            assertThat(lower).containsExactly("Tổng số TTHC đã cung cấp", "Tổng số", "Tiếp nhận tại nơi giải quyết TTHC",
                    "Tiếp nhận trực tuyến", "Tiếp nhận qua DV bưu chính");
            assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(h, h, 2, 6),
                    new CellRangeAddress(h, h, 7, 11), new CellRangeAddress(h, h + 1, 12, 12));
            for (int i = 0; i < SEED_000_SERVICES.size(); i++) {
                Service s = SEED_000_SERVICES.get(i);
                int r = h + 2 + i;
                assertThat(text(sheet, r, 1)).isEqualTo(s.name());
                long total = s.online() + s.inPerson() + s.postal();
                List<Long> block = list(1, total, s.inPerson(), s.online(), s.postal());
                List<Long> zero = list(0, 0, 0, 0, 0);
                List<Long> expected = new ArrayList<>(s.level() == OnlineLevel.PARTLY ? block : zero);
                expected.addAll(s.level() == OnlineLevel.FULLY ? block : zero);
                assertThat(numbers(sheet, r, 2, 10)).as(s.name()).isEqualTo(expected);
            }
            int totalRow = h + 2 + SEED_000_SERVICES.size();
            // seed 000: partly 11 procedures, 670 = 80 + 590 + 0; fully 3, 132 = 6 + 126 + 0
            assertThat(sums(wb, sheet, totalRow, 2, 10)).isEqualTo(list(11, 670, 80, 590, 0, 3, 132, 6, 126, 0));
            assertThat(table.total().countValues().subList(0, 10)).isEqualTo(list(11, 670, 80, 590, 0, 3, 132, 6,
                    126, 0));
            // together: the 802 dossiers received in the period, 716 online and 86 in person
            assertThat(670 + 132).isEqualTo(802);
        }

        ReportTable post = onlineServices.table(ReportRequest.of(Period.of(SeedDossiers.SEED_000_FROM,
                SeedDossiers.SEED_000_TO)).withUnit(thua), VI_TEXTS);
        assertThat(post.rows()).hasSize(1);
        assertThat(post.rows().getFirst().countValues().subList(5, 10)).isEqualTo(list(1, 6, 1, 2, 3));
        try (XSSFWorkbook wb = writeAndRead(post)) {
            // a procedure name typed as "=…" stays text
            assertThat(wb.getSheetAt(0).getRow(5).getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(text(wb.getSheetAt(0), 5, 1)).isEqualTo("=Thủ tục gửi qua bưu chính");
        }
    }

    private long procedure(String code, String name, OnlineLevel level, long field, long unit) {
        return procedures.save(new ProcedureDraft(null, 0, code, name, field, unit, level, 5, 0, false, true))
                .getId();
    }

    private Unit unit(String code) {
        return units.listAll().stream().filter(u -> u.getCode().equals(code)).findFirst().orElseThrow();
    }
}
