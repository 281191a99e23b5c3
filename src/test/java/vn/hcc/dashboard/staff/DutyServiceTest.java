package vn.hcc.dashboard.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
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
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The schedule's rules on real 2025 weeks of the holiday table: 1–2/9/2025 are Quốc khánh (Monday, Tuesday),
 * Saturday 26/4/2025 is a working day swapped for 2/5/2025, other Saturdays are voluntary duty (seed 002).
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "DIRECTOR")
class DutyServiceTest {

    static final LocalDate MON_8_9 = LocalDate.of(2025, 9, 8);
    static final LocalDate SINCE = LocalDate.of(2025, 1, 1);

    @Autowired
    DutyService duties;
    @Autowired
    StaffService staff;
    @Autowired
    Clock clock;
    @Autowired
    FieldService fieldService;
    @Autowired
    CounterService counterService;
    @Autowired
    WorkingDayCalendar calendar;

    StaffFixtures fx;
    long an;
    long binh;

    @BeforeEach
    void people() {
        fx = new StaffFixtures(fieldService, counterService);
        // as the director would, also before the tests that run as another role
        an = SystemAccess.asAdmin(() -> staff.save(fx.person("Trần Văn An", "CT", "Q1", SINCE, null)).getId());
        binh = SystemAccess.asAdmin(() -> staff.save(fx.person("Lê Thị Bình", "HT", "Q3", SINCE,
                LocalDate.of(2025, 9, 3))).getId());
    }

    private static FieldValidationException refusal(Runnable r) {
        try {
            r.run();
        } catch (FieldValidationException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anAssignmentAppearsInItsWeek() {
        Assigned a = duties.assign(MON_8_9, an, fx.counter("Q1"));
        assertThat(a.servesCounter()).isTrue();
        assertThat(a.duty().counterName()).isEqualTo("Quầy 1");
        DutyWeek week = duties.week(MON_8_9.plusDays(3));
        assertThat(week.monday()).isEqualTo(MON_8_9);
        assertThat(week.at(MON_8_9, fx.counter("Q1"))).get().extracting(Duty::staffName).isEqualTo("Trần Văn An");
        assertThat(week.duties()).hasSize(1);
        // the same person at the same counter again changes nothing
        assertThat(duties.assign(MON_8_9, an, fx.counter("Q1")).duty().id()).isEqualTo(a.duty().id());
    }

    @Test
    void onePersonCannotSitAtTwoCountersTheSameDay() {
        duties.assign(MON_8_9, an, fx.counter("Q1"));
        FieldValidationException e = refusal(() -> duties.assign(MON_8_9, an, fx.counter("Q2")));
        assertThat(e.field()).isEqualTo("staff");
        assertThat(e.messageKey()).isEqualTo("duty.error.staff-taken");
        assertThat(e.args()).containsExactly("Trần Văn An", "08/09/2025", "Quầy 1");
        // another day is fine
        duties.assign(MON_8_9.plusDays(1), an, fx.counter("Q2"));
    }

    @Test
    void aCounterCannotHaveTwoPeopleTheSameDay() {
        long chi = staff.save(fx.person("Phạm Văn Chí", "CT", "Q1", SINCE, null)).getId();
        duties.assign(MON_8_9, an, fx.counter("Q1"));
        FieldValidationException e = refusal(() -> duties.assign(MON_8_9, chi, fx.counter("Q1")));
        assertThat(e.field()).isEqualTo("counter");
        assertThat(e.messageKey()).isEqualTo("duty.error.counter-taken");
        assertThat(e.args()).containsExactly("Quầy 1", "08/09/2025", "Trần Văn An");
    }

    @Test
    void nobodyIsOnDutyOutsideTheirActiveDates() {
        FieldValidationException e = refusal(() -> duties.assign(MON_8_9, binh, fx.counter("Q3")));
        assertThat(e.field()).isEqualTo("staff");
        assertThat(e.messageKey()).isEqualTo("duty.error.inactive");
        assertThat(e.args()).containsExactly("Lê Thị Bình", "08/09/2025", "01/01/2025 – 03/09/2025");
        e = refusal(() -> duties.assign(LocalDate.of(2024, 12, 31), an, fx.counter("Q1")));
        assertThat(e.messageKey()).isEqualTo("duty.error.inactive");
        // the last active day is still a duty day
        duties.assign(LocalDate.of(2025, 9, 3), binh, fx.counter("Q3"));
    }

    @Test
    void noDutyOnOfficialDaysOffOrSundaysButOnVoluntaryAndSwappedSaturdays() {
        FieldValidationException e = refusal(() -> duties.assign(LocalDate.of(2025, 9, 2), an, fx.counter("Q1")));
        assertThat(e.field()).isEqualTo("day");
        assertThat(e.messageKey()).isEqualTo("duty.error.day-off");
        assertThat(e.args()).containsExactly("02/09/2025", "Quốc khánh");
        e = refusal(() -> duties.assign(LocalDate.of(2025, 9, 7), an, fx.counter("Q1")));
        assertThat(e.messageKey()).isEqualTo("duty.error.sunday");
        duties.assign(LocalDate.of(2025, 9, 6), an, fx.counter("Q1"));
        duties.assign(LocalDate.of(2025, 4, 26), an, fx.counter("Q1"));

        List<DutyDay> days = duties.week(LocalDate.of(2025, 9, 1)).days();
        assertThat(days).extracting(DutyDay::kind).containsExactly(DutyDay.Kind.DAY_OFF, DutyDay.Kind.DAY_OFF,
                DutyDay.Kind.WORKING, DutyDay.Kind.WORKING, DutyDay.Kind.WORKING, DutyDay.Kind.VOLUNTARY_SATURDAY);
        assertThat(days.getFirst().holidayName()).isEqualTo("Quốc khánh");
        assertThat(duties.week(LocalDate.of(2025, 4, 21)).days().get(5).kind()).isEqualTo(DutyDay.Kind.WORKING);
    }

    @Test
    void aPersonOutsideTheCountersFieldsIsAssignedWithAWarning() {
        Assigned a = duties.assign(MON_8_9, an, fx.counter("Q4"));
        assertThat(a.servesCounter()).isFalse();
        assertThat(duties.week(MON_8_9).at(MON_8_9, fx.counter("Q4"))).isPresent();
        // Quầy 2 serves certified copies, An's field, although An's own counter is Quầy 1
        assertThat(duties.assign(MON_8_9.plusDays(1), an, fx.counter("Q2")).servesCounter()).isTrue();
    }

    @Test
    void copyingLastWeekForwardSkipsWhatWouldBreakARuleAndReportsIt() {
        long chi = staff.save(fx.person("Phạm Văn Chí", "HT", "Q3", SINCE, null)).getId();
        long dung = staff.save(fx.person("Võ Thị Dung", "DD", "Q4", SINCE, null)).getId();
        LocalDate mon = LocalDate.of(2025, 8, 25);
        for (int i = 0; i < 6; i++) {
            duties.assign(mon.plusDays(i), an, fx.counter("Q1"));
            duties.assign(mon.plusDays(i), binh, fx.counter("Q3"));
        }
        duties.assign(mon.plusDays(3), dung, fx.counter("Q4"));
        duties.assign(mon.plusDays(4), dung, fx.counter("Q4"));
        // already planned in the target week: Chí at Quầy 3 on Wed 3/9, Dung at Quầy 5 on Thu 4/9, An as last week
        LocalDate target = LocalDate.of(2025, 9, 1);
        duties.assign(target.plusDays(2), chi, fx.counter("Q3"));
        duties.assign(target.plusDays(3), dung, fx.counter("Q5"));
        duties.assign(target.plusDays(4), an, fx.counter("Q1"));

        CopyResult r = duties.copyPreviousWeek(target.plusDays(4));

        // An: Mon, Tue off (Quốc khánh); Wed, Thu, Sat copied; Fri already there.
        // Bình: Mon, Tue off; Wed Quầy 3 taken by Chí; Thu, Fri, Sat after her last day (3/9).
        // Dung: Thu already at Quầy 5; Fri copied.
        assertThat(r.copied()).isEqualTo(4);
        assertThat(r.unchanged()).isEqualTo(1);
        assertThat(r.skipped()).extracting(s -> s.day().getDayOfMonth() + " " + s.staffName() + " " + s.reasonKey())
                .containsExactlyInAnyOrder(
                        "1 Trần Văn An duty.skip.day-off", "2 Trần Văn An duty.skip.day-off",
                        "1 Lê Thị Bình duty.skip.day-off", "2 Lê Thị Bình duty.skip.day-off",
                        "3 Lê Thị Bình duty.skip.counter-taken", "4 Lê Thị Bình duty.skip.inactive",
                        "5 Lê Thị Bình duty.skip.inactive", "6 Lê Thị Bình duty.skip.inactive",
                        "4 Võ Thị Dung duty.skip.staff-taken");
        DutyWeek week = duties.week(target);
        assertThat(week.at(target.plusDays(2), fx.counter("Q3"))).get().extracting(Duty::staffName)
                .isEqualTo("Phạm Văn Chí");
        assertThat(week.at(target.plusDays(5), fx.counter("Q1"))).get().extracting(Duty::staffName)
                .isEqualTo("Trần Văn An");
        assertThat(week.at(target.plusDays(4), fx.counter("Q4"))).get().extracting(Duty::staffName)
                .isEqualTo("Võ Thị Dung");
        assertThat(week.duties()).hasSize(3 + 4);
        // copying again changes nothing
        CopyResult again = duties.copyPreviousWeek(target);
        assertThat(again.copied()).isZero();
        assertThat(again.unchanged()).isEqualTo(5);
    }

    @Test
    void unassigningAStaleDutyIsRefused() {
        Duty d = duties.assign(MON_8_9, an, fx.counter("Q1")).duty();
        assertThatThrownBy(() -> duties.unassign(d.id(), d.version() + 1)).isInstanceOf(ConcurrentEditException.class);
        duties.unassign(d.id(), d.version());
        assertThat(duties.week(MON_8_9).duties()).isEmpty();
        assertThatThrownBy(() -> duties.unassign(d.id(), d.version())).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void aCounterInTheRosterOrTheScheduleCannotBeDeleted() {
        duties.assign(MON_8_9, an, fx.counter("Q1"));
        FieldValidationException e = refusal(() -> SystemAccess.asAdmin(() -> counterService.delete(fx.counter("Q1"))));
        assertThat(e.field()).isEqualTo("delete");
        assertThat(e.messageKey()).isEqualTo("queue.counter.error.in-use-staff");
    }

    @Test
    @WithMockUser(username = "tiepnhan", roles = "RECEPTION")
    void receptionSeesTheirOwnWeekOnly() {
        MyWeek mine = duties.myWeek(LocalDate.now(clock));
        assertThat(mine.staffName()).contains("Phạm Thị Lan");
        // the demo seats Phạm Thị Lan at Quầy 1 on every open weekday of this week
        long weekdays = mine.week().days().stream().filter(d -> d.kind() == DutyDay.Kind.WORKING
                && d.date().getDayOfWeek().getValue() <= 5).count();
        assertThat(mine.week().duties()).hasSize((int) weekdays)
                .allSatisfy(d -> assertThat(d.counterName()).isEqualTo("Quầy 1"))
                .allSatisfy(d -> assertThat(d.staffName()).isEqualTo("Phạm Thị Lan"));
        assertThatThrownBy(() -> duties.week(LocalDate.now(clock))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duties.assign(MON_8_9, an, fx.counter("Q1")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "pakn", roles = "PAKN_HANDLER")
    void thePaknHandlerSitsAtQuay6OnFridays() {
        MyWeek mine = duties.myWeek(LocalDate.now(clock).minusWeeks(1));
        assertThat(mine.staffName()).contains("Hoàng Văn Nam");
        LocalDate friday = mine.week().monday().plusDays(4);
        assertThat(mine.week().duties()).hasSize(calendar.isWorkingDay(friday) ? 1 : 0).allSatisfy(d -> {
            assertThat(d.day().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.FRIDAY);
            assertThat(d.counterName()).isEqualTo("Quầy 6");
        });
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LEADER")
    void leadershipReadsTheScheduleButCannotChangeItAndHasNoOwnDuty() {
        assertThat(duties.week(MON_8_9).days()).hasSize(6);
        assertThat(duties.myWeek(MON_8_9).staffName()).isEmpty();
        assertThat(duties.myWeek(MON_8_9).week().duties()).isEmpty();
        assertThatThrownBy(() -> duties.assign(MON_8_9, an, fx.counter("Q1"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duties.copyPreviousWeek(MON_8_9)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duties.unassign(1, 0)).isInstanceOf(AccessDeniedException.class);
    }
}
