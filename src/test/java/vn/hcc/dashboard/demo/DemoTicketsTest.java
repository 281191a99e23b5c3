package vn.hcc.dashboard.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.QueueFigures;
import vn.hcc.dashboard.queue.QueueFiguresService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.queue.TicketHistory;
import vn.hcc.dashboard.queue.TicketStatus;
import vn.hcc.dashboard.base.Period;

/** The demo year of tickets: the same on every start, fitting the demo dossiers, with a morning rush. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "ADMIN")
class DemoTicketsTest {

    static final LocalDate TODAY = DemoDossiersTest.TODAY;
    static final LocalDate Q3_FROM = LocalDate.of(2025, 7, 1);
    static final LocalDate Q3_TO = LocalDate.of(2025, 9, 29);

    @Autowired
    DemoDataGenerator generator;
    @Autowired
    ProcedureService procedures;
    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    CounterService counters;
    @Autowired
    QueueService queue;
    @Autowired
    QueueFiguresService figures;

    private DemoTickets.InPerson inPerson() {
        List<Procedure> all = procedures.search("", null, null, Pageable.unpaged()).getContent();
        DemoTickets.InPerson inPerson = new DemoTickets.InPerson();
        new DemoDossiers(all, calendar.snapshot()).generate(TODAY, 70, inPerson::add);
        return inPerson;
    }

    private List<TicketHistory> year(DemoTickets.InPerson inPerson) {
        List<TicketHistory> out = new ArrayList<>();
        generator.demoTickets().generate(TODAY, 72, inPerson, out::add);
        return out;
    }

    @Test
    void theSameTicketsOnEveryStart() {
        assertThat(year(inPerson())).isEqualTo(year(inPerson())).hasSizeGreaterThan(15_000);
    }

    @Test
    void everyDossierHandedInInPersonHasAServedTicketOfItsFieldThatDay() {
        DemoTickets.InPerson inPerson = inPerson();
        List<TicketHistory> year = year(inPerson);
        Map<LocalDate, Map<Long, Long>> served = year.stream().filter(t -> t.status() == TicketStatus.SERVED)
                .collect(Collectors.groupingBy(t -> t.issuedAt().toLocalDate(),
                        Collectors.groupingBy(TicketHistory::fieldId, Collectors.counting())));
        int days = 0;
        for (LocalDate day = TODAY.minusYears(1).plusDays(1); day.isBefore(TODAY); day = day.plusDays(1)) {
            Map<Long, Integer> dossiers = inPerson.on(day);
            Map<Long, Long> tickets = served.getOrDefault(day, Map.of());
            for (Map.Entry<Long, Integer> e : dossiers.entrySet()) {
                assertThat(tickets.getOrDefault(e.getKey(), 0L)).as("served tickets of field %d on %s", e.getKey(), day)
                        .isGreaterThanOrEqualTo(e.getValue().longValue());
            }
            days += dossiers.isEmpty() ? 0 : 1;
        }
        assertThat(days).isGreaterThan(240);
        assertThat(year).allSatisfy(t -> assertThat(t.issuedAt().toLocalDate()).isBefore(TODAY));
    }

    @Test
    void aQuarterHasAboutTheSeedsVisitsAndAFewNoShows() {
        List<TicketHistory> quarter = year(inPerson()).stream()
                .filter(t -> !t.issuedAt().toLocalDate().isBefore(Q3_FROM)).toList();
        long visits = quarter.stream().filter(t -> t.status() == TicketStatus.SERVED).count();
        long noShows = quarter.size() - visits;
        // seed 002: 4.520 visits in a quarter
        assertThat(visits).isBetween(4_000L, 5_100L);
        assertThat(noShows * 1000 / quarter.size()).as("no-shows per mille").isBetween(10L, 40L);

        queue.importHistory(quarter);
        QueueFigures stored = figures.total(Period.of(Q3_FROM, Q3_TO));
        assertThat(stored.tickets()).isEqualTo(quarter.size());
        assertThat(stored.visits()).isEqualTo(visits);
        assertThat(stored.noShows()).isEqualTo(noShows);
        assertThat(stored.avgWaitMinutes()).isBetween(4.0, 15.0);
        assertThat(stored.p90WaitMinutes()).isBetween(2 * stored.avgWaitMinutes(), 45.0);
        assertThat(stored.avgServiceMinutes()).isBetween(4.0, 15.0);
    }

    @Test
    void theMorningRushWaitsLongerThanTheAfternoon() {
        Map<Integer, double[]> byHour = new HashMap<>();
        for (TicketHistory t : year(inPerson())) {
            double[] sum = byHour.computeIfAbsent(t.issuedAt().getHour(), h -> new double[2]);
            sum[0] += ChronoUnit.SECONDS.between(t.issuedAt(), t.calledAt()) / 60.0;
            sum[1]++;
        }
        double rush = (byHour.get(8)[0] + byHour.get(9)[0]) / (byHour.get(8)[1] + byHour.get(9)[1]);
        double afternoon = (byHour.get(14)[0] + byHour.get(15)[0]) / (byHour.get(14)[1] + byHour.get(15)[1]);
        assertThat(rush).as("08:00–10:00 average wait, minutes").isGreaterThan(3 * afternoon).isBetween(5.0, 30.0);
        assertThat(afternoon).as("14:00–16:00 average wait, minutes").isGreaterThan(0.5);
        assertThat(byHour.keySet()).as("the hall is closed at noon").doesNotContain(12)
                .allSatisfy(h -> assertThat(h).isBetween(7, 16));
    }

    @Test
    void eachCounterServesOnlyItsFieldsAndOneCitizenAtATime() {
        Map<Long, ServiceCounter> byId = counters.listAll().stream()
                .collect(Collectors.toMap(ServiceCounter::getId, c -> c));
        List<TicketHistory> year = year(inPerson());
        assertThat(year).allSatisfy(t -> assertThat(byId.get(t.counterId()).serves(t.fieldId())).isTrue());
        Map<Long, List<TicketHistory>> perCounter = year.stream()
                .collect(Collectors.groupingBy(TicketHistory::counterId));
        perCounter.values().forEach(list -> {
            list.sort(Comparator.comparing(TicketHistory::calledAt));
            for (int i = 1; i < list.size(); i++) {
                TicketHistory before = list.get(i - 1);
                LocalTime end = (before.servedUntil() != null ? before.servedUntil() : before.calledAt()).toLocalTime();
                if (list.get(i).calledAt().toLocalDate().equals(before.calledAt().toLocalDate())) {
                    assertThat(list.get(i).calledAt().toLocalTime()).isAfterOrEqualTo(end);
                }
            }
        });
        assertThat(perCounter).hasSize(6);
    }
}
