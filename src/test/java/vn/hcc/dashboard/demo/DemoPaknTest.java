package vn.hcc.dashboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.pakn.PaknChannel;
import vn.hcc.dashboard.pakn.PaknCounts;
import vn.hcc.dashboard.pakn.PaknFigures;
import vn.hcc.dashboard.pakn.PaknFiguresService;
import vn.hcc.dashboard.pakn.PaknHistoricItem;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PaknStatus;
import vn.hcc.dashboard.base.Period;

/**
 * The demo year of petitions obeys every rule of the service and gives the director something to look at; the
 * runner (off in tests: {@code app.demo.pakn-per-week=0}) fills an empty table and adds two handler accounts.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "ADMIN")
class DemoPaknTest {

    static final LocalDate TODAY = LocalDate.of(2025, 9, 30);

    @Autowired
    UnitService units;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    PaknService pakn;
    @Autowired
    PaknFiguresService figures;
    @Autowired
    vn.hcc.dashboard.security.UserService users;
    @Autowired
    java.time.Clock clock;
    @Autowired
    vn.hcc.dashboard.cluster.OneNodeJobs jobs;

    private List<PaknHistoricItem> year() {
        List<DemoPaknItems.Place> communes = units.listAll().stream().filter(u -> u.getKind() == UnitKind.COMMUNE)
                .map(u -> new DemoPaknItems.Place(u.getId(), u.getName().replace("UBND ", ""))).toList();
        List<DemoPaknItems.Place> offices = units.listAll().stream().filter(u -> u.getKind() != UnitKind.COMMUNE)
                .map(u -> new DemoPaknItems.Place(u.getId(), null)).toList();
        List<PaknHistoricItem> out = new ArrayList<>();
        new DemoPaknItems(calendar.snapshot(), communes, offices, List.of("pakn")).generate(TODAY, 6, out::add);
        return out;
    }

    @Test
    void theRunnerFillsTheEmptyTableForThreeHandlers() {
        new DemoPakn(pakn, users, units, calendar, clock, 6, jobs).run(null);
        assertThat(pakn.handlers()).extracting(h -> h.username()).contains("pakn", "pakn2", "pakn3");
        LocalDate today = pakn.today();
        PaknCounts startYear = figures.figures(Period.of(today.minusYears(1), today), null).total();
        assertThat(startYear.received()).isBetween(250L, 380L);
        // every petition of the year is in the year's figures, but those received since the last working day count
        // from the next one (domain.md §4): on a weekend, yesterday's are not received yet
        long all = pakn.count(vn.hcc.dashboard.pakn.PaknQuery.all(today));
        if (calendar.isWorkingDay(today.minusDays(1))) {
            assertThat(all).isEqualTo(startYear.received());
        } else {
            assertThat(all).isBetween(startYear.received(), startYear.received() + 10);
        }
        assertThat(pakn.search(new vn.hcc.dashboard.pakn.PaknQuery(null, null, null, null, null, null, "pakn3", false,
                false, null, today), org.springframework.data.domain.Pageable.unpaged()).getTotalElements())
                .isPositive();
    }

    @Test
    void theSameDataOnEveryStart() {
        assertThat(year()).isEqualTo(year());
    }

    @Test
    void aYearOfPetitionsIsAcceptedAndLooksLikeTheSeeds() {
        List<PaknHistoricItem> year = year();
        assertThat(pakn.importHistory(year)).isEqualTo(year.size());
        PaknFigures f = figures.figures(Period.of(TODAY.minusYears(1).plusDays(1), TODAY), null);
        PaknCounts t = f.total();
        assertThat(t.received()).isBetween(250L, 380L);
        assertThat(t.addsUp()).isTrue();
        assertThat(t.handledOnTime()).isGreaterThan(t.handledLate() * 5);
        assertThat(t.handledLate()).isPositive();
        assertThat(t.pendingOverdue()).as("the director has overdue petitions to chase").isPositive();
        assertThat(t.pendingWithinDeadline()).isPositive();
        assertThat(t.hidden()).isPositive();
        assertThat(f.of(PaknChannel.MOBILE_APP).received()).isGreaterThan(f.of(PaknChannel.PORTAL).received());
        assertThat(f.appendixV().receivedRegulation()).isPositive();
        assertThat(f.appendixV().receivedConduct()).isPositive();
        assertThat(year.stream().filter(i -> i.status() == PaknStatus.PUBLISHED).count()).isGreaterThan(100);
        assertThat(pakn.countPublished(vn.hcc.dashboard.pakn.PublicAnswerQuery.text(null))).isGreaterThan(100);
    }
}
