package vn.hcc.dashboard.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.queue.QueueFiguresService.GroupBy;
import vn.hcc.dashboard.security.SystemAccess;

/** The aggregate queries against {@link HandTickets}, whose figures are worked out by hand in the comments. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "giamdoc", roles = "DIRECTOR")
class QueueFiguresServiceTest {

    @Autowired
    QueueFiguresService figures;
    @Autowired
    QueueService queue;
    @Autowired
    CounterService counters;
    @Autowired
    FieldService fields;
    @Autowired
    TestClock clock;
    @Autowired
    DeviceService devices;

    long ct;
    long ht;
    long q1;
    long q2;
    long q3;

    @BeforeEach
    void importTheHandSet() {
        SystemAccess.asAdmin(() -> {
            ct = field("CT");
            ht = field("HT");
            q1 = counter("Q1");
            q2 = counter("Q2");
            q3 = counter("Q3");
            clock.set(LocalDateTime.of(2025, 1, 6, 8, 0));
            queue.importHistory(HandTickets.of(ct, ht, q1, q2, q3));
        });
    }

    private long field(String code) {
        return QueueTestIds.field(fields, code);
    }

    private long counter(String code) {
        return QueueTestIds.counter(counters, code);
    }

    @Test
    void theWholePeriod() {
        QueueFigures f = figures.total(Period.of(HandTickets.DAY1, HandTickets.DAY2));
        assertThat(f.tickets()).isEqualTo(10);
        assertThat(f.visits()).isEqualTo(9);
        assertThat(f.served()).isEqualTo(9);
        assertThat(f.noShows()).isEqualTo(1);
        // waits 120+360+300+360+0+420+1200+840+240+90 = 3930 s over 10 tickets: 393 s = 6,55 min
        assertThat(f.waitCount()).isEqualTo(10);
        assertThat(f.waitSecondsTotal()).isEqualTo(3930);
        assertThat(VnFormat.decimal(f.avgWaitMinutes(), 2)).isEqualTo("6,55");
        // sorted 0 90 120 240 300 360 360 420 840 1200: rank ceil(0,9·10) = 9 → 840 s = 14,00 min
        assertThat(f.p90WaitSeconds()).isEqualTo(840);
        assertThat(VnFormat.decimal(f.p90WaitMinutes(), 2)).isEqualTo("14,00");
        // service of the 9 served: 300+180+480+600+900+240+720+360+210 = 3990 s: 443,33 s = 7,39 min
        assertThat(f.serviceCount()).isEqualTo(9);
        assertThat(f.serviceSecondsTotal()).isEqualTo(3990);
        assertThat(VnFormat.decimal(f.avgServiceMinutes(), 2)).isEqualTo("7,39");
        // sorted 180 210 240 300 360 480 600 720 900: rank ceil(8,1) = 9 → 900 s
        assertThat(f.p90ServiceSeconds()).isEqualTo(900);
    }

    @Test
    void perCounter() {
        Map<Object, QueueFigures> rows = figures.grouped(Period.of(HandTickets.DAY1, HandTickets.DAY2), GroupBy.COUNTER);
        assertThat(rows.keySet()).containsExactlyInAnyOrder(q1, q2, q3);
        QueueFigures one = rows.get(q1);
        // q1: t1 t2 t3 t4 t9 t10; waits 120 360 300 360 240 90 = 1470 s / 6 = 245 s = 4,08 min
        assertThat(one.tickets()).isEqualTo(6);
        assertThat(one.noShows()).isEqualTo(1);
        assertThat(one.waitSecondsTotal()).isEqualTo(1470);
        assertThat(VnFormat.decimal(one.avgWaitMinutes(), 2)).isEqualTo("4,08");
        // sorted 90 120 240 300 360 360: rank ceil(5,4) = 6 → 360 s
        assertThat(one.p90WaitSeconds()).isEqualTo(360);
        // service 300 180 480 360 210 = 1530 s / 5 = 306 s = 5,10 min; rank ceil(4,5) = 5 of 180 210 300 360 480
        assertThat(one.serviceSecondsTotal()).isEqualTo(1530);
        assertThat(VnFormat.decimal(one.avgServiceMinutes(), 2)).isEqualTo("5,10");
        assertThat(one.p90ServiceSeconds()).isEqualTo(480);
        // q2: waits 1200 840 → avg 1020 s = 17,00 min, p90 rank 2 → 1200; service 240 720 → 480 s, p90 720
        assertThat(rows.get(q2).waitSecondsTotal()).isEqualTo(2040);
        assertThat(rows.get(q2).p90WaitSeconds()).isEqualTo(1200);
        assertThat(VnFormat.decimal(rows.get(q2).avgWaitMinutes(), 2)).isEqualTo("17,00");
        assertThat(rows.get(q2).p90ServiceSeconds()).isEqualTo(720);
        // q3: waits 0 420 → 210 s = 3,50 min, p90 420; service 600 900 → 750 s = 12,50 min, p90 900
        assertThat(VnFormat.decimal(rows.get(q3).avgWaitMinutes(), 2)).isEqualTo("3,50");
        assertThat(rows.get(q3).p90WaitSeconds()).isEqualTo(420);
        assertThat(VnFormat.decimal(rows.get(q3).avgServiceMinutes(), 2)).isEqualTo("12,50");
        assertThat(rows.get(q3).p90ServiceSeconds()).isEqualTo(900);
    }

    @Test
    void perField() {
        Map<Object, QueueFigures> rows = figures.grouped(Period.of(HandTickets.DAY1, HandTickets.DAY2), GroupBy.FIELD);
        assertThat(rows.keySet()).containsExactlyInAnyOrder(ct, ht);
        // ct: t1 t2 t3 t4 t7 t9 t10; waits 120 360 300 360 1200 240 90 = 2670 s / 7 = 381,43 s = 6,36 min;
        // sorted 90 120 240 300 360 360 1200: rank ceil(6,3) = 7 → 1200 s
        QueueFigures c = rows.get(ct);
        assertThat(c.tickets()).isEqualTo(7);
        assertThat(c.visits()).isEqualTo(6);
        assertThat(c.waitSecondsTotal()).isEqualTo(2670);
        assertThat(VnFormat.decimal(c.avgWaitMinutes(), 2)).isEqualTo("6,36");
        assertThat(c.p90WaitSeconds()).isEqualTo(1200);
        // service 300 180 480 240 360 210 = 1770 s / 6 = 295 s; sorted 180 210 240 300 360 480: rank 6 → 480 s
        assertThat(c.serviceSecondsTotal()).isEqualTo(1770);
        assertThat(c.p90ServiceSeconds()).isEqualTo(480);
        // ht: waits 0 420 840 → 420 s = 7,00 min, rank ceil(2,7) = 3 → 840; service 600 900 720 → 740 s, p90 900
        QueueFigures h = rows.get(ht);
        assertThat(h.tickets()).isEqualTo(3);
        assertThat(VnFormat.decimal(h.avgWaitMinutes(), 2)).isEqualTo("7,00");
        assertThat(h.p90WaitSeconds()).isEqualTo(840);
        assertThat(h.serviceSecondsTotal()).isEqualTo(2220);
        assertThat(h.p90ServiceSeconds()).isEqualTo(900);
    }

    @Test
    void perDayAndOneDayAlone() {
        Map<Object, QueueFigures> rows = figures.grouped(Period.of(HandTickets.DAY1, HandTickets.DAY2), GroupBy.DAY);
        assertThat(rows.keySet()).containsExactly(HandTickets.DAY1, HandTickets.DAY2);
        assertThat(rows.get(HandTickets.DAY1).tickets()).isEqualTo(6);
        assertThat(rows.get(HandTickets.DAY1).visits()).isEqualTo(5);
        assertThat(rows.get(HandTickets.DAY2).visits()).isEqualTo(4);
        // Day 2 alone: waits 1200 840 240 90 → 2370 s / 4 = 592,5 s = 9,88 min; rank ceil(3,6) = 4 → 1200 s
        QueueFigures day2 = figures.total(Period.of(HandTickets.DAY2, HandTickets.DAY2));
        assertThat(day2.tickets()).isEqualTo(4);
        assertThat(VnFormat.decimal(day2.avgWaitMinutes(), 2)).isEqualTo("9,88");
        assertThat(day2.p90WaitSeconds()).isEqualTo(1200);
        assertThat(figures.total(Period.of(LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 31)))).isEqualTo(QueueFigures.EMPTY);
        assertThat(QueueFigures.EMPTY.avgWaitMinutes()).isNull();
    }

    @Test
    void perWeekAndMonthTheWaitIsTheTotalOverTheCalledTickets() {
        // a ticket of the next Monday, 11/03/2024: issued 08:00, called 08:10 (600 s), served 08:15
        clock.set(LocalDateTime.of(2024, 3, 11, 8, 0));
        TestKiosk.issue(devices, queue, ct);
        clock.set(LocalDateTime.of(2024, 3, 11, 8, 10));
        Ticket called = queue.callNext(q1).orElseThrow();
        clock.set(LocalDateTime.of(2024, 3, 11, 8, 15));
        queue.serve(called.getId(), called.getVersion());
        LocalDate to = LocalDate.of(2024, 4, 30);

        Map<Object, QueueFigures> weeks = figures.grouped(Period.of(HandTickets.DAY1, to), GroupBy.WEEK);
        assertThat(weeks.keySet()).containsExactly(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 11));
        // week of 04/03: both hand days, 3930 s over 10 tickets = 6,55 min (the days' averages 4,33 and 9,88 would
        // average 7,11)
        QueueFigures first = weeks.get(LocalDate.of(2024, 3, 4));
        assertThat(first.visits()).isEqualTo(9);
        assertThat(first.waitSecondsTotal()).isEqualTo(3930);
        assertThat(VnFormat.decimal(first.avgWaitMinutes(), 2)).isEqualTo("6,55");
        assertThat(weeks.get(LocalDate.of(2024, 3, 11)).waitSecondsTotal()).isEqualTo(600);
        // a week cut by the period counts only the period's days: from Tuesday, day 2 alone
        assertThat(VnFormat.decimal(figures.grouped(Period.of(HandTickets.DAY2, to), GroupBy.WEEK)
                .get(LocalDate.of(2024, 3, 4)).avgWaitMinutes(), 2)).isEqualTo("9,88");

        Map<Object, QueueFigures> months = figures.grouped(Period.of(HandTickets.DAY1, to), GroupBy.MONTH);
        assertThat(months.keySet()).containsExactly(LocalDate.of(2024, 3, 1));
        // 3930 + 600 s over 11 tickets = 411,8 s = 6,86 min; 10 visits
        QueueFigures march = months.get(LocalDate.of(2024, 3, 1));
        assertThat(march.visits()).isEqualTo(10);
        assertThat(march.waitSecondsTotal()).isEqualTo(4530);
        assertThat(VnFormat.decimal(march.avgWaitMinutes(), 2)).isEqualTo("6,86");
        assertThat(figures.grouped(Period.of(LocalDate.of(2023, 12, 25), to), GroupBy.MONTH).keySet())
                .containsExactly(LocalDate.of(2024, 3, 1));
    }

    @Test
    void aTransferredCitizenIsOneVisitAndTwoServicesAndWaitsAreCountedNow() {
        long q6 = counter("Q6");
        clock.set(LocalDateTime.of(2024, 4, 1, 8, 0));
        IssuedTicket first = TestKiosk.issue(devices, queue, ct);
        clock.set(LocalDateTime.of(2024, 4, 1, 8, 5));
        Ticket called = queue.callNext(q1).orElseThrow();
        clock.set(LocalDateTime.of(2024, 4, 1, 8, 9));
        Ticket moved = queue.transfer(called.getId(), called.getVersion(), field("BTXH"));
        clock.set(LocalDateTime.of(2024, 4, 1, 8, 12));
        Ticket again = queue.callNext(q6).orElseThrow();
        clock.set(LocalDateTime.of(2024, 4, 1, 8, 20));
        queue.serve(again.getId(), again.getVersion());
        TestKiosk.issue(devices, queue, ht);

        QueueFigures day = figures.total(Period.of(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1)));
        assertThat(first.number()).isEqualTo("CT-001");
        assertThat(moved.getNumber()).isEqualTo("BTXH-001");
        assertThat(day.tickets()).isEqualTo(3);
        assertThat(day.served()).isEqualTo(2);
        assertThat(day.visits()).as("the citizen came once").isEqualTo(1);
        assertThat(day.waiting()).isEqualTo(1);
        // waits: CT-001 08:00→08:05 = 300 s, BTXH-001 issued at the transfer 08:09 → called 08:12 = 180 s
        assertThat(day.waitSecondsTotal()).isEqualTo(480);
        // services: 08:05→08:09 = 240 s at Quầy 1, 08:12→08:20 = 480 s at Quầy 6
        assertThat(day.serviceSecondsTotal()).isEqualTo(720);
        assertThat(figures.waitingNow()).isEqualTo(1);
    }

    @Test
    void aBadPeriodIsRefused() {
        assertThatThrownBy(() -> figures.total(Period.of(HandTickets.DAY2, HandTickets.DAY1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsSeeNoFigures() {
        assertThatThrownBy(() -> figures.total(Period.of(HandTickets.DAY1, HandTickets.DAY2)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void perCounterAndPerFieldRowsCarryTheNamesAndTheGroupedFigures() {
        Period days = Period.of(HandTickets.DAY1, HandTickets.DAY2);
        Map<Object, QueueFigures> byCounter = figures.grouped(days, GroupBy.COUNTER);
        assertThat(figures.perCounter(days)).extracting(NamedQueueFigures::id, NamedQueueFigures::name,
                NamedQueueFigures::figures).containsExactly(tuple(q1, "Quầy 1", byCounter.get(q1)),
                        tuple(q2, "Quầy 2", byCounter.get(q2)), tuple(q3, "Quầy 3", byCounter.get(q3)));
        Map<Object, QueueFigures> byField = figures.grouped(days, GroupBy.FIELD);
        assertThat(figures.perField(days)).extracting(NamedQueueFigures::id, NamedQueueFigures::name,
                NamedQueueFigures::figures).containsExactlyElementsOf(byField.keySet().stream()
                        .map(k -> tuple(k, k.equals(ct) ? "Chứng thực" : "Hộ tịch", byField.get(k))).toList());
        assertThat(figures.perCounter(Period.of(HandTickets.DAY2.plusDays(30), HandTickets.DAY2.plusDays(31))))
                .as("no tickets, no rows").isEmpty();
    }
}
