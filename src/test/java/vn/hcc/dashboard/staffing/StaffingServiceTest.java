package vn.hcc.dashboard.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.queue.TicketHistory;
import vn.hcc.dashboard.queue.TicketStatus;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.StaffService;
import vn.hcc.dashboard.staff.StaffMember;
import vn.hcc.dashboard.staff.StaffingWarnings.Understaffed;

/**
 * Today is Wednesday 15/10/2025; the coming week starts Monday 20/10 and is forecast from the 8 weeks before today
 * (20/08–14/10). Hộ tịch (HT, served at Quầy 3 and at Quầy 2 with Chứng thực) had tickets on four of those Mondays
 * (22/09, 29/09, 06/10, 13/10), each Monday the same:
 *
 * <pre>
 * slot   tickets per Monday        wait               service  λ per hour  a = λ/μ  counters (80 % within 15 min)
 * 08:00  10 (08:00, 08:02 … 08:18) 5 and 10 min alt.  6 min    20          2        3 (ErlangCTest's hand case)
 * 08:30   5 (08:30, 08:35 … 08:50) 5 min              6 min    10          1        2: C(2,1) = 1/(2+1) = 1/3,
 *                                                                                     P = 1 − 1/3·e^−(20−10)·0,25
 *                                                                                       = 0,9726 ≥ 0,8 (c = 1 ≤ a)
 * </pre>
 *
 * The average over the Mondays with tickets (4, not the 8 in the window) is the same per Monday; no other weekday or
 * slot had tickets, so they need no counter.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "giamdoc", roles = "DIRECTOR")
class StaffingServiceTest {

    static final LocalDate NEXT_MONDAY = LocalDate.of(2025, 10, 20);
    static final List<LocalDate> MONDAYS = List.of(LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 29),
            LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 13));

    @Autowired
    StaffingService staffing;
    @Autowired
    QueueService queue;
    @Autowired
    DutyService duties;
    @Autowired
    StaffService staff;
    @Autowired
    FieldService fields;
    @Autowired
    CounterService counters;
    @Autowired
    TestClock clock;


    long ht;
    long ct;
    long q2;
    long q3;

    @BeforeEach
    void today() {
        clock.set(LocalDateTime.of(2025, 10, 15, 9, 0));
        ht = QueueTestIds.field(fields, "HT");
        ct = QueueTestIds.field(fields, "CT");
        q2 = QueueTestIds.counter(counters, "Q2");
        q3 = QueueTestIds.counter(counters, "Q3");
    }

    private void importMondays(TicketStatus status) {
        List<TicketHistory> tickets = new ArrayList<>();
        for (LocalDate monday : MONDAYS) {
            for (int i = 0; i < 10; i++) {
                tickets.add(ticket(monday.atTime(8, 2 * i), i % 2 == 0 ? 5 : 10, status));
            }
            for (int i = 0; i < 5; i++) {
                tickets.add(ticket(monday.atTime(8, 30 + 5 * i), 5, status));
            }
        }
        SystemAccess.asAdmin(() -> queue.importHistory(tickets));
    }

    private TicketHistory ticket(LocalDateTime issued, int waitMinutes, TicketStatus status) {
        LocalDateTime called = issued.plusMinutes(waitMinutes);
        return new TicketHistory(ht, issued, called, q3, "tiepnhan",
                status == TicketStatus.SERVED ? called.plusMinutes(6) : null, status);
    }

    private void onDuty(String person, long counter) {
        StaffMember m = staff.activeBetween(Period.day(NEXT_MONDAY)).stream()
                .filter(s -> s.getFullName().equals(person)).findFirst().orElseThrow();
        duties.assign(NEXT_MONDAY, m.getId(), counter);
    }

    private static SlotStaffing slot(DayStaffing day, String start) {
        return day.slots().stream().filter(s -> s.start().equals(LocalTime.parse(start))).findFirst().orElseThrow();
    }

    @Test
    void arrivalsWaitAndCountersNeededPerSlotFromTheSameWeekdays() {
        importMondays(TicketStatus.SERVED);
        onDuty("Nguyễn Thị Hoa", q3);

        StaffingWeek week = staffing.week(NEXT_MONDAY);
        assertThat(week.history()).isEqualTo(Period.of(LocalDate.of(2025, 8, 20), LocalDate.of(2025, 10, 14)));
        assertThat(week.fields()).extracting(FieldStaffing::fieldId).startsWith(ht);
        FieldStaffing hoTich = week.field(ht).orElseThrow();
        assertThat(hoTich.meanServiceMinutes()).isEqualTo(6.0);
        assertThat(hoTich.days()).hasSize(6);
        DayStaffing monday = hoTich.days().get(0);
        assertThat(monday.day().date()).isEqualTo(NEXT_MONDAY);
        assertThat(monday.slots()).hasSize(21);
        assertThat(monday.slots().get(0).start()).isEqualTo(LocalTime.of(7, 0));
        assertThat(monday.slots().get(20).end()).isEqualTo(LocalTime.of(17, 30));

        SlotStaffing eight = slot(monday, "08:00");
        assertThat(eight.arrivals()).isEqualTo(10.0);
        assertThat(eight.avgWaitMinutes()).isEqualTo(7.5);
        assertThat(eight.needed()).isEqualTo(3);
        assertThat(eight.onDuty()).isEqualTo(1);
        assertThat(eight.understaffed()).isTrue();
        assertThat(eight.gap()).isEqualTo(2);
        SlotStaffing halfPast = slot(monday, "08:30");
        assertThat(halfPast.arrivals()).isEqualTo(5.0);
        assertThat(halfPast.avgWaitMinutes()).isEqualTo(5.0);
        assertThat(halfPast.needed()).isEqualTo(2);
        // no arrivals: no counter needed, nothing flagged
        SlotStaffing seven = slot(monday, "07:00");
        assertThat(seven.arrivals()).isZero();
        assertThat(seven.avgWaitMinutes()).isNull();
        assertThat(seven.needed()).isZero();
        assertThat(seven.understaffed()).isFalse();
        DayStaffing tuesday = hoTich.days().get(1);
        assertThat(tuesday.slots()).allMatch(s -> s.needed() == 0 && s.onDuty() == 0 && !s.understaffed());
    }

    @Test
    void understaffedSlotsMergeIntoRangesAndVanishOnceStaffed() {
        importMondays(TicketStatus.SERVED);
        onDuty("Nguyễn Thị Hoa", q3);
        assertThat(staffing.understaffed(NEXT_MONDAY)).extracting(Understaffed::day, Understaffed::from,
                Understaffed::to, Understaffed::fieldId, Understaffed::needed, Understaffed::onDuty)
                .containsExactly(tuple(NEXT_MONDAY, LocalTime.of(8, 0), LocalTime.of(9, 0), ht, 3, 1));

        // Quầy 2 serves Hộ tịch and Chứng thực: it counts for both
        onDuty("Đỗ Văn Hải", q2);
        FieldStaffing chungThuc = staffing.week(NEXT_MONDAY).field(ct).orElseThrow();
        assertThat(chungThuc.days().get(0).slots()).allMatch(s -> s.onDuty() == 1 && !s.understaffed());
        assertThat(staffing.understaffed(NEXT_MONDAY)).extracting(Understaffed::from, Understaffed::to,
                Understaffed::fieldName, Understaffed::needed, Understaffed::onDuty)
                .containsExactly(tuple(LocalTime.of(8, 0), LocalTime.of(8, 30), "Hộ tịch", 3, 2));
    }

    @Test
    void aWeekUnderWayIsForecastFromTheWeeksBeforeItsMonday() {
        importMondays(TicketStatus.SERVED);
        StaffingWeek week = staffing.week(LocalDate.of(2025, 10, 15));
        assertThat(week.history()).isEqualTo(Period.of(LocalDate.of(2025, 8, 18), LocalDate.of(2025, 10, 12)));
        // 13/10 is not history yet: three Mondays, each as the others
        DayStaffing monday = week.field(ht).orElseThrow().days().get(0);
        assertThat(slot(monday, "08:00").arrivals()).isEqualTo(10.0);
        // nobody on duty that week: every slot with demand is understaffed
        assertThat(staffing.understaffed(LocalDate.of(2025, 10, 13))).extracting(Understaffed::from,
                Understaffed::to, Understaffed::needed, Understaffed::onDuty)
                .containsExactly(tuple(LocalTime.of(8, 0), LocalTime.of(9, 0), 3, 0));
    }

    @Test
    void withoutAnyServiceTimeThereIsNoEstimate() {
        importMondays(TicketStatus.NO_SHOW);
        FieldStaffing hoTich = staffing.week(NEXT_MONDAY).field(ht).orElseThrow();
        assertThat(hoTich.meanServiceMinutes()).isNull();
        SlotStaffing eight = slot(hoTich.days().get(0), "08:00");
        assertThat(eight.arrivals()).isEqualTo(10.0);
        assertThat(eight.needed()).isNull();
        assertThat(eight.gap()).isNull();
        assertThat(eight.understaffed()).isFalse();
        assertThat(staffing.understaffed(NEXT_MONDAY)).isEmpty();
    }

    @Test
    void aClosedDayNeedsNoCounterWhateverItsWeekdaysHistory() {
        // Monday 1/9/2025 is Quốc khánh; the Monday before had ten Hộ tịch tickets from 08:00
        List<TicketHistory> tickets = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tickets.add(ticket(LocalDate.of(2025, 8, 25).atTime(8, 2 * i), 5, TicketStatus.SERVED));
        }
        SystemAccess.asAdmin(() -> queue.importHistory(tickets));
        List<DayStaffing> days = staffing.week(LocalDate.of(2025, 9, 1)).field(ht).orElseThrow().days();
        assertThat(days.get(0).day().open()).isFalse();
        assertThat(days.get(0).slots()).allMatch(s -> s.arrivals() == 0 && s.needed() == 0 && !s.understaffed());
        assertThat(staffing.understaffed(LocalDate.of(2025, 9, 1))).isEmpty();
        // the Monday after is open: the same history needs counters there
        assertThat(slot(staffing.week(LocalDate.of(2025, 9, 8)).field(ht).orElseThrow().days().get(0), "08:00")
                .needed()).isEqualTo(3);
    }

    @Test
    @WithMockUser(username = "tiepnhan", roles = "RECEPTION")
    void receptionMayNotReadTheEstimate() {
        assertThatThrownBy(() -> staffing.week(NEXT_MONDAY)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffing.understaffed(NEXT_MONDAY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LEADER")
    void leadershipReadsTheEstimateAndTheWarnings() {
        importMondays(TicketStatus.SERVED);
        assertThat(staffing.week(NEXT_MONDAY).fields()).isNotEmpty();
        assertThat(staffing.understaffed(NEXT_MONDAY)).hasSize(1);
    }
}
