package vn.hcc.dashboard.dashboard;

import vn.hcc.dashboard.base.Period;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.targets.Kpi;

/** One computation per period and unit until a change, for the figures, the lists and the equipment; the lists' queries. */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "ADMIN")
// records dossiers for real (the cache listens to committed changes); TestIsolation removes them after the class
class DashboardServiceTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    Broadcaster broadcaster;
    @Autowired
    DossierService dossiers;
    @Autowired
    UnitService units;
    @Autowired
    WorkingDayCalendar calendar;

    @Test
    void dashboardsShareOneComputationUntilADossierChanges() throws InterruptedException {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        long before = dashboard.computations();
        DashboardData first = dashboard.data(Period.of(from, to), Period.of(from, to).sameLastYear(), null);
        for (int i = 0; i < 5; i++) {
            assertThat(dashboard.data(Period.of(from, to), Period.of(from, to).sameLastYear(), null)).isSameAs(first);
        }
        assertThat(dashboard.computations()).isEqualTo(before + 1);
        dashboard.data(Period.of(from, to), Period.of(from, to).sameLastYear(), 1L);
        assertThat(dashboard.computations()).isEqualTo(before + 2);

        broadcaster.publish(DossierService.TOPIC, null);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (dashboard.data(Period.of(from, to), Period.of(from, to).sameLastYear(), null) == first && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(dashboard.data(Period.of(from, to), Period.of(from, to).sameLastYear(), null)).isNotSameAs(first);
        assertThat(dashboard.computations()).isEqualTo(before + 3);
        // a petition changes the PAKN on-time KPI: it invalidates too
        DashboardData beforePakn = dashboard.data(Period.of(from, to), Period.of(from, to).sameLastYear(), null);
        broadcaster.publish("pakn", null);
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (dashboard.data(Period.of(from, to), Period.of(from, to).sameLastYear(), null) == beforePakn && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(dashboard.data(Period.of(from, to), Period.of(from, to).sameLastYear(), null)).isNotSameAs(beforePakn);
        // another topic does not invalidate
        DashboardData again = dashboard.data(Period.of(from, to), Period.of(from, to).sameLastYear(), null);
        broadcaster.publish("users", null);
        Thread.sleep(100);
        assertThat(dashboard.data(Period.of(from, to), Period.of(from, to).sameLastYear(), null)).isSameAs(again);
    }

    /**
     * A wall of open dashboards repaints after every change: the lists and the equipment overview are computed once
     * per change like the figures (each costs several queries), and a change of theirs shows on the next call.
     */
    @Test
    void listsAndEquipmentAreSharedUntilAChange() throws InterruptedException {
        Period month = Period.of(dashboard.today().withDayOfMonth(1), dashboard.today());
        List<DueDossier> soon = dashboard.dueSoon(null);
        EquipmentOverview equipment = dashboard.equipment(month, null, 20, 5);
        assertThat(dashboard.dueSoon(null)).isSameAs(soon);
        assertThat(dashboard.overdueWithoutApology(null)).isSameAs(dashboard.overdueWithoutApology(null));
        assertThat(dashboard.equipment(month, null, 20, 5)).isSameAs(equipment);

        broadcaster.publish(EquipmentService.TOPIC, null);
        awaitChange(() -> dashboard.equipment(month, null, 20, 5) != equipment);
        assertThat(dashboard.equipment(month, null, 20, 5)).isNotSameAs(equipment).isEqualTo(equipment);

        LocalDate today = dashboard.today();
        long unit = units.listAll().get(0).getId();
        record("L-SHARED-SOON", unit, 1L, today, calendar.addWorkingDays(today, 1), false);
        awaitChange(() -> dashboard.dueSoon(null).stream().anyMatch(d -> d.dossier().code().equals("L-SHARED-SOON")));
        assertThat(dashboard.dueSoon(null)).extracting(d -> d.dossier().code()).contains("L-SHARED-SOON");
    }

    private static void awaitChange(java.util.function.BooleanSupplier changed) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!changed.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void ranksTheUnitsWithFiguresByRateThenNameEachNamedByTheCatalog() {
        // a month of its own, so that no other test's dossiers or cached figures meet these
        Period march = Period.of(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31));
        List<Unit> three = units.listAll().stream().limit(3).toList();
        Unit half = three.get(0);
        Unit fullA = three.get(1);
        Unit fullB = three.get(2);
        LocalDate day = LocalDate.of(2019, 3, 4);
        record("R-1", half.getId(), 1L, day, day.plusDays(10), false, Channel.ONLINE);
        record("R-2", half.getId(), 1L, day, day.plusDays(10), false, Channel.IN_PERSON);
        record("R-3", fullA.getId(), 1L, day, day.plusDays(10), false, Channel.ONLINE);
        record("R-4", fullB.getId(), 1L, day, day.plusDays(10), false, Channel.SMARTPHONE);
        DashboardData data = dashboard.data(march, march.previous(), null);
        List<RankedUnit> ranked = dashboard.unitRanking(data, Kpi.ONLINE_SUBMISSION);
        // 100% before 50%; the two at 100% by name
        List<Unit> full = java.util.stream.Stream.of(fullA, fullB).sorted(java.util.Comparator.comparing(Unit::getName))
                .toList();
        assertThat(ranked).extracting(RankedUnit::unitId, RankedUnit::name, u -> u.value().formattedRate())
                .containsExactly(tuple(full.get(0).getId(), full.get(0).getName(), "100,00%"),
                        tuple(full.get(1).getId(), full.get(1).getName(), "100,00%"),
                        tuple(half.getId(), half.getName(), "50,00%"));
        assertThat(dashboard.unitRanking(data, Kpi.ON_TIME)).as("no unit resolved a dossier: no bar").isEmpty();
    }

    @Test
    void listsOverdueWithoutApologyAndDueWithinTwoWorkingDays() {
        LocalDate today = dashboard.today();
        long unit = units.listAll().stream().filter(u -> u.getCode().equals("P-TP")).findFirst().orElseThrow().getId();
        long field = 1L;
        LocalDate twoWorkingDays = calendar.addWorkingDays(today, 2);
        record("L-OVERDUE", unit, field, today.minusDays(20), today.minusDays(1), false);
        record("L-OVERDUE-LETTER", unit, field, today.minusDays(20), today.minusDays(1), true);
        record("L-SOON", unit, field, today, twoWorkingDays, false);
        record("L-LATER", unit, field, today, twoWorkingDays.plusDays(1), false);
        String unitName = units.nameOf(unit).orElseThrow();
        assertThat(dashboard.overdueWithoutApology(unit)).extracting(d -> d.dossier().code(), DueDossier::unitName)
                .containsExactly(tuple("L-OVERDUE", unitName));
        assertThat(dashboard.dueSoon(unit)).extracting(d -> d.dossier().code(), DueDossier::unitName)
                .containsExactly(tuple("L-SOON", unitName));
    }

    @Test
    void listsTheLettersDueTheDossiersDueByTheNextWorkingDayWithoutOne() {
        LocalDate today = dashboard.today();
        // a unit of its own: the tests of this class commit, and the other lists are checked per unit too
        long unit = units.listAll().stream().filter(u -> u.getCode().equals("X-LAIHA")).findFirst().orElseThrow()
                .getId();
        LocalDate next = calendar.addWorkingDays(today, 1);
        record("LD-TODAY", unit, 1L, today, today, false);
        record("LD-NEXT", unit, 1L, today, next, false);
        record("LD-LETTER", unit, 1L, today, next, true);
        record("LD-AFTER", unit, 1L, today, calendar.addWorkingDays(today, 2), false);
        record("LD-LATE", unit, 1L, today.minusDays(20), today.minusDays(1), false);
        assertThat(dashboard.lettersDue(unit)).extracting(d -> d.dossier().code())
                .containsExactly("LD-TODAY", "LD-NEXT");
    }

    private void record(String code, long unit, long field, LocalDate received, LocalDate due, boolean apology) {
        record(code, unit, field, received, due, apology, Channel.IN_PERSON);
    }

    private void record(String code, long unit, long field, LocalDate received, LocalDate due, boolean apology,
            Channel channel) {
        Dossier d = dossiers.record(new DossierData(code, null, field, unit, channel, OnlineLevel.PARTLY,
                // midnight: a dossier of today is never received after now, whenever the test runs
                LocalDateTime.of(received, java.time.LocalTime.MIDNIGHT), received, due, null, null, null,
                DossierStatus.IN_PROGRESS, 0, false, false, false, false, null, null, null));
        if (apology) {
            dossiers.recordApology(d.getId(), d.getVersion(), "Mất điện", due.plusDays(5));
        }
    }
}
