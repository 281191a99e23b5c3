package vn.hcc.dashboard.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The kiosk's hours as V24 seeds them (Monday–Friday 7:30–11:30 and 13:30–17:00) against the 2026 holiday calendar
 * of V2: 02/01/2026 (Friday) off and Saturday 10/01/2026 worked instead, 30/04 and 01/05 (Thursday, Friday) off.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class OpeningHoursServiceTest {

    @Autowired
    OpeningHoursService hours;
    @Autowired
    KioskSettings settings;
    @Autowired
    QueueService queue;
    @Autowired
    DeviceService devices;
    @Autowired
    FieldService fields;
    @Autowired
    TestClock clock;

    @AfterEach
    void suiteHoursAgain() {
        settings.setAlwaysOpen(true);
    }

    private static LocalDateTime at(String iso) {
        return LocalDateTime.parse(iso);
    }

    @Test
    void openWithinASessionUntilItsEnd() {
        KioskHours morning = hours.at(at("2026-12-07T07:30"));
        assertThat(morning.open()).isTrue();
        assertThat(morning.closesAt()).isEqualTo(LocalTime.of(11, 30));
        assertThat(hours.at(at("2026-12-07T16:59:59")).closesAt()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void closedBeforeTheDayAtLunchAndAfterTheDaySaysWhenItOpens() {
        assertThat(hours.at(at("2026-12-07T07:29"))).isEqualTo(new KioskHours(false, null, at("2026-12-07T07:30")));
        assertThat(hours.at(at("2026-12-07T11:30"))).as("the closing minute is closed")
                .isEqualTo(new KioskHours(false, null, at("2026-12-07T13:30")));
        assertThat(hours.at(at("2026-12-08T18:40"))).as("the issue's 18:40")
                .isEqualTo(new KioskHours(false, null, at("2026-12-09T07:30")));
        assertThat(hours.at(at("2026-12-04T17:00"))).as("Friday evening: Monday")
                .isEqualTo(new KioskHours(false, null, at("2026-12-07T07:30")));
        assertThat(hours.at(at("2026-12-05T09:00")).open()).as("a Saturday without hours").isFalse();
    }

    @Test
    void daysOffOfTheHolidayCalendarAreClosedAndASwappedSaturdayOpensWithMondaysHours() {
        assertThat(hours.at(at("2026-04-29T17:30"))).as("30/04 and 01/05 off, then the weekend")
                .isEqualTo(new KioskHours(false, null, at("2026-05-04T07:30")));
        assertThat(hours.at(at("2026-04-30T09:00")).open()).isFalse();
        assertThat(hours.at(at("2026-01-02T09:00")).open()).as("Friday 02/01/2026 is a day off").isFalse();
        assertThat(hours.at(at("2026-01-10T09:00")).open()).as("Saturday 10/01/2026 is worked").isTrue();
        assertThat(hours.at(at("2026-01-09T17:05")).nextOpening()).isEqualTo(at("2026-01-10T07:30"));
    }

    @Test
    void aVoluntarySaturdayOpensWithItsOwnHours() {
        List<WeekdayHours> week = new ArrayList<>(hours.week());
        WeekdayHours saturday = week.get(5);
        week.set(5, new WeekdayHours(DayOfWeek.SATURDAY, new WeekdayHours.Session(LocalTime.of(8, 0),
                LocalTime.of(11, 0)), null, saturday.version()));
        hours.save(week);
        assertThat(hours.at(at("2026-12-05T08:00")).closesAt()).isEqualTo(LocalTime.of(11, 0));
        assertThat(hours.at(at("2026-12-04T17:00")).nextOpening()).isEqualTo(at("2026-12-05T08:00"));
        assertThat(hours.at(at("2026-01-10T07:45")).open()).as("a swapped Saturday with hours of its own uses them")
                .isFalse();
    }

    @Test
    void noHoursAtAllMeansNoNextOpening() {
        List<WeekdayHours> closed = hours.week().stream()
                .map(d -> new WeekdayHours(d.day(), null, null, d.version())).toList();
        hours.save(closed);
        assertThat(hours.at(at("2026-12-07T09:00"))).isEqualTo(new KioskHours(false, null, null));
    }

    @Test
    void badHoursAreRefusedAtTheirFieldAndNothingIsSaved() {
        List<WeekdayHours> week = new ArrayList<>(hours.week());
        WeekdayHours monday = week.getFirst();
        WeekdayHours tuesday = week.get(1);
        week.set(0, new WeekdayHours(DayOfWeek.MONDAY, new WeekdayHours.Session(LocalTime.of(7, 0),
                LocalTime.of(12, 0)), monday.afternoon(), monday.version()));
        week.set(1, new WeekdayHours(DayOfWeek.TUESDAY, new WeekdayHours.Session(LocalTime.of(11, 0),
                LocalTime.of(8, 0)), tuesday.afternoon(), tuesday.version()));
        assertThatThrownBy(() -> hours.save(week)).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("morning-TUESDAY");
            assertThat(e.messageKey()).isEqualTo("queue.hours.error.order");
        });
        week.set(1, new WeekdayHours(DayOfWeek.TUESDAY, tuesday.morning(), new WeekdayHours.Session(
                LocalTime.of(11, 0), LocalTime.of(17, 0)), tuesday.version()));
        assertThatThrownBy(() -> hours.save(week)).isInstanceOfSatisfying(FieldValidationException.class,
                e -> assertThat(e.field()).isEqualTo("afternoon-TUESDAY"));
        assertThat(hours.at(at("2026-12-07T07:00")).open()).as("Monday's change was not saved either").isFalse();
    }

    @Test
    void aWeekSavedMeanwhileByAnotherAdministratorIsDetected() {
        List<WeekdayHours> mine = hours.week();
        List<WeekdayHours> theirs = new ArrayList<>(mine);
        theirs.set(6, new WeekdayHours(DayOfWeek.SUNDAY, new WeekdayHours.Session(LocalTime.of(8, 0),
                LocalTime.of(10, 0)), null, mine.get(6).version()));
        hours.save(theirs);
        assertThatThrownBy(() -> hours.save(mine)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    @WithMockUser(username = "giamdoc", roles = "DIRECTOR")
    void onlyTheAdministratorSetsTheHoursButAnyoneReadsThem() {
        assertThat(hours.week()).hasSize(7);
        assertThatThrownBy(() -> hours.save(hours.week())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theKioskIssuesNoTicketOutsideTheHours() {
        String kiosk = TestKiosk.register(devices);
        long ht = QueueTestIds.field(fields, "HT");
        settings.setAlwaysOpen(false);
        clock.set(at("2026-12-08T18:40"));
        assertThat(hours.now().open()).isFalse();
        assertThatThrownBy(() -> queue.issue(kiosk, ht)).isInstanceOfSatisfying(FieldValidationException.class,
                e -> {
                    assertThat(e.messageKey()).isEqualTo("queue.kiosk.error.closed");
                    assertThat(e.args()).containsExactly("07:30", "09/12/2026");
                });
        clock.set(at("2026-12-09T07:30"));
        assertThat(queue.issue(kiosk, ht).number()).isEqualTo("HT-001");
        settings.setAlwaysOpen(true);
        clock.set(at("2026-12-08T18:40"));
        assertThat(hours.now().open()).as("always-open: a training after hours").isTrue();
    }
}
