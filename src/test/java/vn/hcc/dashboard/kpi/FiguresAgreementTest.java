package vn.hcc.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.PeriodPreset;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.dashboard.DashboardService;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PaknChannel;
import vn.hcc.dashboard.pakn.PaknCounts;
import vn.hcc.dashboard.pakn.PaknDraft;
import vn.hcc.dashboard.pakn.PaknFiguresService;
import vn.hcc.dashboard.pakn.PaknHistoricItem;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PaknStatus;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.reports.ReportValue;
import vn.hcc.dashboard.targets.Kpi;

/**
 * The dashboard's card, the targets report and the PAKN figures agree on PAKN handled on time for any period and
 * unit: a hundred random periods (every preset among them, each ending by today) over random petitions, some
 * answered in time, some late, some still open past or within their deadline.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class FiguresAgreementTest {

    @Autowired
    PaknService pakn;
    @Autowired
    vn.hcc.dashboard.catalog.WorkingDayCalendar calendar;
    @Autowired
    PaknFiguresService paknFigures;
    @Autowired
    DashboardService dashboard;
    @Autowired
    TargetsReport targetsReport;
    @Autowired
    UnitService units;
    @Autowired
    Clock clock;

    @Test
    void paknOnTimeIsTheSameOnTheCardInTheReportAndInTheFigures() {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(20261203);
        List<Long> unitIds = units.listAll().stream().map(Unit::getId).toList();
        List<PaknHistoricItem> items = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            LocalDate received = today.minusDays(random.nextInt(400));
            Long unit = unitIds.get(random.nextInt(unitIds.size()));
            // at midnight: a petition of today is never received after now, whatever the hour of the run
            PaknDraft draft = new PaknDraft(received.atStartOfDay(), PaknChannel.values()[random.nextInt(
                    PaknChannel.values().length)], "Người dân", "09xx", "Kiến nghị " + i, PaknCategory.values()[
                    random.nextInt(PaknCategory.values().length)], null, null, unit);
            // after the day it counts from: one received on a day off counts from the next working day
            LocalDate answered = calendar.effectiveIntakeDay(received.atStartOfDay(), false)
                    .plusDays(random.nextInt(40));
            boolean open = random.nextInt(3) == 0 || answered.isAfter(today);
            items.add(open ? new PaknHistoricItem(draft, "pakn", PaknStatus.ASSIGNED, null, null, null, null, null)
                    : new PaknHistoricItem(draft, "pakn", PaknStatus.ANSWERED, "Đã trả lời", answered, null, null,
                            null));
        }
        pakn.importHistory(items);
        List<Period> periods = new ArrayList<>();
        for (PeriodPreset preset : PeriodPreset.values()) {
            if (preset != PeriodPreset.CUSTOM) {
                periods.add(preset.period(today));
            }
        }
        while (periods.size() < 100) {
            LocalDate to = today.minusDays(random.nextInt(380));
            periods.add(Period.of(to.minusDays(random.nextInt(200)), to));
        }
        int withDue = 0;
        for (Period period : periods) {
            Long unit = random.nextBoolean() ? null : unitIds.get(random.nextInt(unitIds.size()));
            PaknCounts counts = paknFigures.figures(period, unit).total();
            KpiValue card = dashboard.data(period, period.previous(), unit).current().get(Kpi.PAKN_ON_TIME);
            ReportTable table = targetsReport.table(new ReportRequest(period, null,
                    unit == null ? List.of() : List.of(unit), null), (key, args) -> key);
            ReportTable.Row row = table.rows().stream().filter(r -> r.label().equals("kpi.PAKN_ON_TIME")).findFirst()
                    .orElseThrow();
            String what = period + " unit " + unit;
            assertThat(card.numerator()).as(what).isEqualTo(counts.handledOnTime());
            assertThat(card.denominator()).as(what).isEqualTo(counts.due());
            assertThat(row.values().get(2)).as(what).isEqualTo(ReportValue.count(counts.handledOnTime()));
            assertThat(row.values().get(3)).as(what).isEqualTo(ReportValue.count(counts.due()));
            assertThat(row.values().get(4).formatted()).as(what).isEqualTo(card.formattedRate());
            withDue += counts.due() > 0 ? 1 : 0;
        }
        // the comparison is not vacuous: most periods have petitions due
        assertThat(withDue).isGreaterThan(50);
    }
}
