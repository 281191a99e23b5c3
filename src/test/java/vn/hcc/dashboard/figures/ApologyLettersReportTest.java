package vn.hcc.dashboard.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.reports.ReportFiles.VI_TEXTS;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
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
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.kpi.KpiSeeds;
import vn.hcc.dashboard.reports.ReportRequest;
import vn.hcc.dashboard.reports.ReportTable;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Late dossiers with and without their apology letter add up to the dossiers the on-time rate loses; the letters due
 * are the open dossiers without one that fall due today or on the next working day, nothing else.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "LEADER")
class ApologyLettersReportTest {

    static final Period QUARTER = Period.of(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));

    @Autowired
    ApologyLettersReport report;
    @Autowired
    PeriodFiguresService figures;
    @Autowired
    DossierService dossiers;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;
    @Autowired
    WorkingDayCalendar calendar;

    private ReportRequest request(Period period, Long unitId, ApologyLettersReport.Which which) {
        return new ReportRequest(period, unitId, List.of(), which == null ? null : which.name());
    }

    @Test
    void withAndWithoutALetterAddUpToTheLateDossiersOfThePeriod() {
        Map<String, Unit> unit = KpiSeeds.record(units, fields, dossiers, QUARTER.from());
        long center = unit.get("TTHCC").getId();
        long all = report.count(request(QUARTER, center, null));
        long with = report.count(request(QUARTER, center, ApologyLettersReport.Which.WITH_LETTER));
        long without = report.count(request(QUARTER, center, ApologyLettersReport.Which.WITHOUT_LETTER));
        assertThat(all).isPositive();
        assertThat(with + without).isEqualTo(all);
        // the same dossiers as the official figures' "late with / without an apology letter"
        PeriodFigures f = figures.figures(QUARTER, new DossierFilter(center, null, null));
        assertThat(with).isEqualTo(f.lateWithApology());
        assertThat(without).isEqualTo(f.lateWithoutApology());
        List<ReportTable.Row> rows = report.page(request(QUARTER, center, ApologyLettersReport.Which.WITH_LETTER), 0,
                100, VI_TEXTS);
        assertThat(rows).hasSize((int) with);
        assertThat(rows).allSatisfy(r -> assertThat(r.values().getLast().toString()).contains("Đã có, hẹn lại"));
    }

    @Test
    void lettersDueAreTheOpenDossiersDueByTheNextWorkingDayWithoutOne() {
        LocalDate today = dossiers.today();
        LocalDate next = calendar.addWorkingDays(today, 1);
        long center = units.center().orElseThrow().getId();
        long field = fields.listAll().getFirst().getId();
        SystemAccess.asAdmin(() -> dossiers.recordAll(List.of(
                open("LD-NEXT", center, field, today, next, false),
                open("LD-TODAY", center, field, today, today, false),
                open("LD-HAS", center, field, today, next, true),
                open("LD-LATER", center, field, today, calendar.addWorkingDays(today, 5), false),
                open("LD-LATE", center, field, today.minusDays(20), today.minusDays(1), false))));
        ReportRequest due = request(Period.day(today), center, ApologyLettersReport.Which.LETTER_DUE);
        List<String> codes = report.page(due, 0, 100, VI_TEXTS).stream().map(ReportTable.Row::label)
                .filter(c -> c.startsWith("LD-")).toList();
        assertThat(codes).containsExactlyInAnyOrder("LD-NEXT", "LD-TODAY");
    }

    private static DossierData open(String code, long unit, long field, LocalDate received, LocalDate due,
            boolean letter) {
        return new DossierData(code, null, field, unit, Channel.IN_PERSON, OnlineLevel.NONE,
                // at midnight: a dossier of today is never received after now, whatever the hour of the run
                received.atStartOfDay(), received, due, null, null, null,
                DossierStatus.IN_PROGRESS, 0, false, false, false, letter, letter ? "Chờ xác minh" : null,
                letter ? due.plusDays(7) : null, null);
    }
}
