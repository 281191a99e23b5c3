package vn.hcc.dashboard.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.Sheets.cell;
import static vn.hcc.dashboard.reports.Sheets.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.figures.Shortfall;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.kpi.KpiSeeds;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportWorkbook;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The scorecard's drill-down as leadership downloads it: the Kim Thành center's Q3/2025 dossiers that lost points,
 * streamed into the workbook and read back as stored; "any reason" is exactly the union of the reasons; a code typed
 * like a formula stays inert text.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "LEADER")
class ShortfallReportTest {

    static final Period QUARTER = Period.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));

    @Autowired
    ShortfallReport report;
    @Autowired
    DossierService dossiers;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;

    Unit center;

    @BeforeEach
    void recordTheSeeds() {
        Map<String, Unit> unit = KpiSeeds.record(units, fields, dossiers, QUARTER.from());
        center = unit.get("TTHCC");
        long ht = fields.listAll().stream().filter(f -> f.getCode().equals("HT")).findFirst().orElseThrow().getId();
        // resolved in the period with a fee paid at the counter: it lost the online payment its point
        SystemAccess.asAdmin(() -> dossiers.recordAll(List.of(new DossierData("=HYPERLINK(\"http://x\")", null, ht,
                center.getId(), Channel.IN_PERSON, OnlineLevel.NONE, LocalDateTime.of(2025, 8, 4, 9, 0),
                LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 20), LocalDate.of(2025, 8, 8), null, null,
                DossierStatus.RESOLVED, 50_000, false, true, true, false, null, null, null))));
    }

    private ReportRequest request(Shortfall shortfall) {
        return new ReportRequest(QUARTER, center.getId(), List.of(), shortfall == null ? null : shortfall.name());
    }

    private XSSFWorkbook export(ReportRequest r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.writeRows(report.header(r, VI_TEXTS), "Hồ sơ", sink -> report.forEach(r, VI_TEXTS, sink), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theFeesNotPaidOnlineOneRowEachAsStored() throws Exception {
        ReportRequest unpaid = request(Shortfall.FEE_NOT_PAID_ONLINE);
        // the seed's 3.144 with a fee − 1.212 paid online, and the one paid at the counter
        assertThat(report.count(unpaid)).isEqualTo(3144 - 1212 + 1);
        try (XSSFWorkbook wb = export(unpaid)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(text(sheet, 0, 0)).isEqualTo("DANH SÁCH HỒ SƠ LÀM GIẢM ĐIỂM CHỈ SỐ PHỤC VỤ (QĐ 766)");
            assertThat(text(sheet, 2, 0)).isEqualTo("Đơn vị: " + center.getName()
                    + "; lý do: Có phí nhưng không thanh toán trực tuyến");
            int h = 5;
            assertThat(text(sheet, h, 1)).isEqualTo("Mã hồ sơ");
            assertThat(sheet.getLastRowNum()).isEqualTo(h + 1 + 1933);
            int first = h + 2;
            assertThat(text(sheet, first, 1)).startsWith("S002-");
            assertThat(DateUtil.isCellDateFormatted(cell(sheet, first, 5))).as("received, a date cell").isTrue();
            int last = h + 1 + 1933;
            assertThat(text(sheet, last, 1)).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(cell(sheet, last, 1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell(sheet, last, 1).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void anyReasonIsTheUnionOfTheReasonsAndAnUnknownOneIsRefused() {
        Set<String> union = new HashSet<>();
        for (Shortfall s : Shortfall.values()) {
            report.forEach(request(s), VI_TEXTS, row -> union.add(row.label()));
        }
        Set<String> any = new HashSet<>();
        report.forEach(request(null), VI_TEXTS, row -> any.add(row.label()));
        assertThat(any).isEqualTo(union).hasSize((int) report.count(request(null)));
        assertThatThrownBy(() -> report.count(new ReportRequest(QUARTER, center.getId(), List.of(), "ALL")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
