package vn.hcc.dashboard.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.base.Period;

/** The outage log: validation, the same thing down twice at one place, a period's outages and their late dossiers. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = {"DIRECTOR", "ADMIN"})
class OutageServiceTest {

    static final LocalDateTime JUL14_8 = LocalDateTime.of(2025, 7, 14, 8, 0);
    static final LocalDateTime JUL15_11 = LocalDateTime.of(2025, 7, 15, 11, 0);

    @Autowired
    OutageService outages;
    @Autowired
    CounterService counters;
    @Autowired
    DossierService dossiers;
    @Autowired
    UnitService units;
    @Autowired
    FieldService fields;

    private long counter(String code) {
        return counters.listAll().stream().filter(c -> c.getCode().equals(code)).map(ServiceCounter::getId)
                .findFirst().orElseThrow();
    }

    private Outage save(OutageKind kind, LocalDateTime start, LocalDateTime end, Set<Long> where) {
        return outages.save(new OutageDraft(null, 0, kind, start, end, where, null));
    }

    private static void refused(Runnable save, String field, String key) {
        assertThatThrownBy(save::run).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aPageOfTheLogNamesEachOutagesCountersSorted() {
        LocalDateTime feb = LocalDateTime.of(2023, 2, 1, 8, 0);
        Outage two = save(OutageKind.POWER, feb, feb.plusHours(2), Set.of(counter("Q3"), counter("Q1")));
        Outage all = save(OutageKind.OTHER, feb, feb.plusHours(2), Set.of());
        List<OutageRow> rows = outages.searchRows(org.springframework.data.domain.Pageable.unpaged()).getContent();
        assertThat(rows).extracting(OutageRow::outage)
                .containsExactlyElementsOf(outages.search(org.springframework.data.domain.Pageable.unpaged()));
        assertThat(rows).filteredOn(r -> r.outage().getId().equals(two.getId())).singleElement()
                .extracting(OutageRow::counterNames).isEqualTo(List.of("Quầy 1", "Quầy 3"));
        assertThat(rows).filteredOn(r -> r.outage().getId().equals(all.getId())).singleElement()
                .extracting(OutageRow::counterNames).isEqualTo(List.of());
        var firstPage = outages.searchRows(org.springframework.data.domain.PageRequest.of(0, 1));
        assertThat(firstPage.getTotalElements()).isEqualTo(outages.count());
        assertThat(firstPage.getContent()).extracting(OutageRow::outage)
                .containsExactlyElementsOf(outages.search(org.springframework.data.domain.PageRequest.of(0, 1)));
    }

    @Test
    void badInputIsRefusedAtTheField() {
        LocalDateTime now = outages.now();
        refused(() -> save(null, JUL14_8, null, Set.of()), "kind", "validation.required");
        refused(() -> save(OutageKind.NETWORK, null, null, Set.of()), "startedAt", "validation.required");
        refused(() -> save(OutageKind.NETWORK, now.plusHours(1), null, Set.of()), "startedAt",
                "equipment.error.future");
        refused(() -> save(OutageKind.NETWORK, JUL14_8, JUL14_8, Set.of()), "endedAt",
                "equipment.error.end-before-start");
        refused(() -> save(OutageKind.NETWORK, JUL14_8, now.plusHours(1), Set.of()), "endedAt",
                "equipment.error.future");
        refused(() -> save(OutageKind.NETWORK, JUL14_8, JUL15_11, Set.of(-1L)), "counters", "validation.required");
    }

    @Test
    void theSameThingCannotBeDownTwiceAtTheSamePlaceAndTime() {
        long q1 = counter("Q1");
        long q2 = counter("Q2");
        long q3 = counter("Q3");
        Outage network = save(OutageKind.NETWORK, JUL14_8, JUL15_11, Set.of());
        // the whole Center's network was down, so counter 1's was too
        refused(() -> save(OutageKind.NETWORK, JUL15_11.minusHours(1), JUL15_11.plusHours(1), Set.of(q1)),
                "startedAt", "equipment.error.outage-overlap");
        // a new outage may start the minute the last one ended; another kind may overlap
        save(OutageKind.NETWORK, JUL15_11, JUL15_11.plusHours(1), Set.of());
        save(OutageKind.SOFTWARE, JUL14_8, JUL15_11, Set.of());
        // editing an outage does not clash with itself
        OutageDraft d = network.draft();
        outages.save(new OutageDraft(d.id(), d.version(), d.kind(), d.startedAt(), d.endedAt(), d.counterIds(),
                "Đứt cáp quang"));
        LocalDateTime aug = LocalDateTime.of(2025, 8, 1, 8, 0);
        save(OutageKind.NATIONAL_PORTAL, aug, aug.plusHours(2), Set.of(q1));
        save(OutageKind.NATIONAL_PORTAL, aug, aug.plusHours(2), Set.of(q2));
        refused(() -> save(OutageKind.NATIONAL_PORTAL, aug.plusHours(1), aug.plusHours(3), Set.of(q3, q1)),
                "startedAt", "equipment.error.outage-overlap");
    }

    @Test
    void anOngoingOutageBlocksTheSameKindUntilItIsClosed() {
        LocalDateTime sep = LocalDateTime.of(2025, 9, 1, 8, 0);
        Outage power = save(OutageKind.POWER, sep, null, Set.of());
        long opened = power.getVersion();
        assertThat(power.isOngoing()).isTrue();
        refused(() -> save(OutageKind.POWER, sep.plusMonths(1), sep.plusMonths(1).plusHours(1), Set.of()),
                "startedAt", "equipment.error.outage-overlap");
        refused(() -> outages.close(power.getId(), power.getVersion(), sep.minusMinutes(1)), "endedAt",
                "equipment.error.end-before-start");
        Outage closed = outages.close(power.getId(), power.getVersion(), sep.plusHours(2));
        assertThat(closed.getEndedAt()).isEqualTo(sep.plusHours(2));
        // the test's persistence context shares one instance, so the version read before closing is the stale one
        assertThatThrownBy(() -> outages.close(power.getId(), opened, sep.plusHours(3)))
                .isInstanceOf(ConcurrentEditException.class);
        refused(() -> outages.close(power.getId(), closed.getVersion(), sep.plusHours(3)), "endedAt",
                "equipment.error.outage-closed");
        save(OutageKind.POWER, sep.plusMonths(1), sep.plusMonths(1).plusHours(1), Set.of());
    }

    @Test
    void aPeriodListsTheOutagesGoingOnDuringItsDays() {
        LocalDateTime lateJune = LocalDateTime.of(2025, 6, 30, 20, 0);
        Outage june = save(OutageKind.OTHER, lateJune, LocalDateTime.of(2025, 7, 1, 0, 0), Set.of());
        Outage july = save(OutageKind.NETWORK, JUL14_8, JUL15_11, Set.of());
        Outage ongoing = save(OutageKind.POWER, LocalDateTime.of(2025, 6, 20, 9, 0), null, Set.of());
        LocalDate jul1 = LocalDate.of(2025, 7, 1);
        LocalDate jul31 = LocalDate.of(2025, 7, 31);
        assertThat(outages.during(Period.of(jul1, jul31), 10)).extracting(Outage::getId)
                .containsExactly(ongoing.getId(), july.getId());
        assertThat(outages.during(Period.day(LocalDate.of(2025, 6, 30)), 10)).extracting(Outage::getId)
                .containsExactly(ongoing.getId(), june.getId());
        assertThat(outages.during(Period.of(LocalDate.of(2025, 7, 16), jul31), 10)).extracting(Outage::getId)
                .containsExactly(ongoing.getId());
    }

    /**
     * Due on 14 or 15 July (the outage's days): late-resolved EQ-L1, EQ-L2, still-open EQ-L3 and Thứa's EQ-T1 count;
     * the on-time, the suspended and those due the day before or after do not.
     */
    @Test
    void eachOutageComesWithTheDossiersThatFellLateWhileItLasted() {
        long center = units.listAll().stream().filter(u -> u.getCode().equals("TTHCC")).findFirst().orElseThrow()
                .getId();
        long thua = units.listAll().stream().filter(u -> u.getCode().equals("X-THUA")).findFirst().orElseThrow()
                .getId();
        long ht = fields.listAll().stream().filter(f -> f.getCode().equals("HT")).findFirst().orElseThrow().getId();
        LateDossierData data = new LateDossierData(ht, LocalDate.of(2025, 7, 1));
        dossiers.recordAll(List.of(
                data.dossier("EQ-L1", center, 14, 16, DossierStatus.RESOLVED),
                data.dossier("EQ-L2", center, 15, 20, DossierStatus.RESOLVED),
                data.dossier("EQ-L3", center, 15, null, DossierStatus.IN_PROGRESS),
                data.dossier("EQ-T1", thua, 14, 18, DossierStatus.RESOLVED),
                data.dossier("EQ-OK1", center, 14, 14, DossierStatus.RESOLVED),
                data.dossier("EQ-OK2", center, 15, null, DossierStatus.SUPPLEMENT_REQUESTED),
                data.dossier("EQ-OUT1", center, 16, 20, DossierStatus.RESOLVED),
                data.dossier("EQ-OUT2", center, 13, 20, DossierStatus.RESOLVED)));
        save(OutageKind.NETWORK, JUL14_8, JUL15_11, Set.of(counter("Q1"), counter("Q2")));
        LocalDate jul1 = LocalDate.of(2025, 7, 1);
        LocalDate jul31 = LocalDate.of(2025, 7, 31);
        OutageImpact all = outages.impacts(Period.of(jul1, jul31), null, 10, 2).getFirst();
        assertThat(all.kind()).isEqualTo(OutageKind.NETWORK);
        assertThat(all.counters()).containsExactly("Quầy 1", "Quầy 2");
        assertThat(all.lateCount()).isEqualTo(4);
        assertThat(all.lateCodes()).containsExactly("EQ-L1", "EQ-T1");
        OutageImpact centre = outages.impacts(Period.of(jul1, jul31), center, 10, 5).getFirst();
        assertThat(centre.lateCount()).isEqualTo(3);
        assertThat(centre.lateCodes()).containsExactly("EQ-L1", "EQ-L2", "EQ-L3");
        assertThat(outages.impacts(Period.month(java.time.YearMonth.of(2025, 8)), null, 10, 5)).isEmpty();
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadershipReadsTheLogButCannotWriteIt() {
        assertThat(outages.count()).isEqualTo(3);
        assertThatThrownBy(() -> save(OutageKind.NETWORK, JUL14_8, JUL15_11, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
