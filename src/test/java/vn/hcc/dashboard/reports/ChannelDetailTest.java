package vn.hcc.dashboard.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;
import static vn.hcc.dashboard.reports.ReportFiles.writeAndRead;
import static vn.hcc.dashboard.reports.Sheets.list;
import static vn.hcc.dashboard.reports.Sheets.numbers;
import static vn.hcc.dashboard.reports.Sheets.text;

import java.time.LocalDate;
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
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.figures.DossierFilter;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.figures.PeriodFiguresService;
import vn.hcc.dashboard.intake.SeedDossiers;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.figures.Bieu06aReport;
import vn.hcc.dashboard.figures.OnlineServicesReport;

/**
 * Biểu II.06a's "tiếp nhận chi tiết" on every channel: in person, ordinary postal ("Bưu chính"), public postal
 * ("Bưu chính công ích") and smartphone count the period's own intake, carried-over dossiers left out; the online
 * services report counts both postal services as "qua DV bưu chính".
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "LEADER")
class ChannelDetailTest {

    static final LocalDate FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate TO = LocalDate.of(2025, 9, 30);

    @Autowired
    ApplicationContext ctx;
    @Autowired
    Bieu06aReport bieu06a;
    @Autowired
    OnlineServicesReport onlineServices;
    @Autowired
    PeriodFiguresService figures;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;
    @Autowired
    ProcedureService procedures;

    @Test
    void everyChannelHasItsColumnAndCarriedOverDossiersAreNotInTheDetail() throws Exception {
        long thua = units.listAll().stream().filter(u -> u.getCode().equals("X-THUA")).findFirst().orElseThrow()
                .getId();
        long ht = fields.listAll().stream().filter(f -> f.getCode().equals("HT")).findFirst().orElseThrow().getId();
        LocalDate inPeriod = FROM.plusDays(3);
        LocalDate before = FROM.minusDays(11);
        SystemAccess.asAdmin(() -> {
            long p = procedures.save(new ProcedureDraft(null, 0, "CH-1", "Thủ tục qua mọi kênh", ht, thua,
                    OnlineLevel.FULLY, 5, 0, false, true)).getId();
            int[] now = {5, 3, 2, 1, 4};
            Channel[] channels = {Channel.ONLINE, Channel.IN_PERSON, Channel.ORDINARY_POSTAL, Channel.POSTAL,
                    Channel.SMARTPHONE};
            for (int i = 0; i < channels.length; i++) {
                SeedDossiers.saveOnChannel(ctx, "CH-" + channels[i], p, ht, thua, channels[i], now[i], inPeriod,
                        inPeriod.plusDays(1));
            }
            // carried over: received before the period, resolved in it
            SeedDossiers.saveOnChannel(ctx, "CH-OLD-P", p, ht, thua, Channel.IN_PERSON, 2, before, inPeriod);
            SeedDossiers.saveOnChannel(ctx, "CH-OLD-B", p, ht, thua, Channel.POSTAL, 1, before, inPeriod);
            SeedDossiers.saveOnChannel(ctx, "CH-OLD-S", p, ht, thua, Channel.SMARTPHONE, 1, before, inPeriod);
        });

        PeriodFigures f = figures.figures(Period.of(FROM, TO), new DossierFilter(thua, null, null));
        assertThat(f.channelsAddUp()).isTrue();
        assertThat(f.addsUp()).isTrue();

        ReportTable table = bieu06a.table(Period.of(FROM, TO), thua, VI_TEXTS);
        try (XSSFWorkbook wb = writeAndRead(table)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int row = -1;
            for (int r = 8; r < 14; r++) {
                if (text(sheet, r, 1).equals("Hộ tịch")) {
                    row = r;
                }
            }
            // 19 = 9 online (5 + 4 smartphone) + 6 direct (3 + 2 + 1) + 4 carried; all 19 resolved early;
            // detail: 3 in person, 2 by post, 1 by public postal service, 4 by smartphone
            assertThat(numbers(sheet, row, 2, 16)).isEqualTo(list(19, 9, 6, 4, 19, 19, 0, 0, 0, 0, 0, 3, 2, 1, 4, 0));
        }

        ReportTable online = onlineServices.table(ReportRequest.of(Period.of(FROM, TO)).withUnit(thua), VI_TEXTS);
        // fully online: 1 procedure, 15 received in the period = 3 at the place + 9 online + 3 by post (2 + 1)
        assertThat(online.rows().getFirst().countValues().subList(5, 10)).isEqualTo(list(1, 15, 3, 9, 3));
    }
}
