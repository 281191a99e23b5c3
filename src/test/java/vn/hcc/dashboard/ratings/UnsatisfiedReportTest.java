package vn.hcc.dashboard.ratings;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.Sheets.cell;
import static vn.hcc.dashboard.reports.Sheets.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportWorkbook;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The scorecard's satisfaction drill-down as leadership downloads it: the "Chưa hài lòng" ratings of a day — one
 * from a counter tablet with its reason and a comment typed like a formula, imported ones of two units — exactly the
 * ratings the rate leaves out, per unit and for all, newest first, read back as stored.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "tiepnhan", roles = "RECEPTION")
class UnsatisfiedReportTest {

    static final LocalDate DAY = LocalDate.of(2025, 4, 2);

    @Autowired
    UnsatisfiedReport report;
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
    UnitService units;
    @Autowired
    TestClock clock;

    long center;
    long other;

    @BeforeEach
    void rate() {
        clock.set(DAY.atTime(8, 0));
        SystemAccess.asAdmin(() -> {
            List<Unit> all = units.listAll();
            center = units.center().orElseThrow().getId();
            other = all.stream().map(Unit::getId).filter(id -> id != center).findFirst().orElseThrow();
            long ct = QueueTestIds.field(fields, "CT");
            return ratings.importRatings(List.of(
                    new ImportedRating("KT-1", ct, center, DAY.atTime(8, 30), RatingLevel.UNSATISFIED),
                    new ImportedRating("KT-2", ct, center, DAY.atTime(9, 30), RatingLevel.VERY_SATISFIED),
                    new ImportedRating("KT-3", ct, other, DAY.atTime(10, 30), RatingLevel.UNSATISFIED)));
        });
        long q1 = SystemAccess.asAdmin(() -> QueueTestIds.counter(counters, "Q1"));
        long ct = SystemAccess.asAdmin(() -> QueueTestIds.field(fields, "CT"));
        String tablet = RatingFixtures.tablet(devices, q1);
        clock.set(DAY.atTime(11, 0));
        ratings.rate(tablet, RatingFixtures.served(devices, queue, q1, ct).getId(), RatingLevel.UNSATISFIED,
                RatingReason.WAITING_TIME, "=HYPERLINK(\"http://x\")");
    }

    private ReportRequest request(Long unitId) {
        return new ReportRequest(Period.of(DAY, DAY), unitId, List.of(), null);
    }

    @Test
    void theUnsatisfiedOnesAreWhatTheRateLeavesOutNewestFirst() throws Exception {
        // reception served the ticket; leadership reads the list
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "lanhdao", null, List.of(new SimpleGrantedAuthority("ROLE_LEADER"))));
        for (Long u : new Long[] {null, center, other}) {
            RatingCounts c = ratings.counts(Period.of(DAY, DAY), RatingFilter.unit(u));
            assertThat(report.count(request(u))).isEqualTo(c.total() - c.satisfiedTotal()).isPositive();
        }
        assertThat(report.page(request(null), 0, 50, VI_TEXTS)).extracting(r -> r.label())
                .containsExactly("CT-001", "KT-3", "KT-1");
        // the tablet's ticket counts for the Center: the home agency of Phạm Thị Lan, who served it
        assertThat(report.page(request(center), 0, 50, VI_TEXTS)).extracting(r -> r.label())
                .containsExactly("CT-001", "KT-1");
        assertThat(report.page(request(other), 0, 50, VI_TEXTS)).extracting(r -> r.label())
                .containsExactly("KT-3");

        ReportRequest all = request(null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.writeRows(report.header(all, VI_TEXTS), "Chua hai long",
                sink -> report.forEach(all, VI_TEXTS, sink), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("DANH SÁCH ĐÁNH GIÁ CHƯA HÀI LÒNG CỦA TỔ CHỨC, CÁ NHÂN");
            int h = 4;
            assertThat(text(sheet, h, 1)).isEqualTo("Số thứ tự / mã hồ sơ");
            assertThat(sheet.getLastRowNum()).isEqualTo(h + 1 + 3);
            int first = h + 2;
            assertThat(text(sheet, first, 1)).isEqualTo("CT-001");
            assertThat(text(sheet, first, 2)).isEqualTo("02/04/2025 11:00");
            assertThat(text(sheet, first, 3)).isEqualTo("Quầy 1");
            assertThat(text(sheet, first, 4)).isEqualTo("Phạm Thị Lan");
            assertThat(text(sheet, first, 6)).isEqualTo("Thời gian chờ");
            assertThat(text(sheet, first, 7)).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(cell(sheet, first, 7).getCellType()).isEqualTo(CellType.STRING);
            assertThat(text(sheet, first, 8)).isEqualTo("Chưa xử lý");
        }
    }

    @Test
    void receptionMayNotListThem() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> report.count(request(null)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
