package vn.hcc.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.Period;

/** Against the official calendars seeded by Flyway (V2, V3); every test rolls back. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "ADMIN")
class HolidayServiceTest {

    @Autowired
    HolidayService holidays;
    @Autowired
    WorkingDayCalendar calendar;

    Holiday on(LocalDate day) {
        return holidays.between(Period.of(day, day)).getFirst();
    }

    @Test
    void readsAYearAndTheYearsKept() {
        assertThat(holidays.ofYear(2025)).extracting(Holiday::getDay, Holiday::getName)
                .contains(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 1, 27), "Tết Nguyên đán"));
        assertThat(holidays.ofYear(2025)).hasSize(13);
        assertThat(holidays.years()).containsExactly(2024, 2025, 2026, 2027);
    }

    @Test
    void addsADayOffThatTheCalendarThenSkips() {
        LocalDate tet2027 = LocalDate.of(2027, 2, 8); // a Monday
        assertThat(calendar.isWorkingDay(tet2027)).isTrue();
        holidays.save(null, 0, tet2027, " Tết Nguyên đán ", HolidayKind.DAY_OFF);
        assertThat(on(tet2027).getName()).isEqualTo("Tết Nguyên đán");
        assertThat(calendar.isWorkingDay(tet2027)).isFalse();
    }

    @Test
    void aDayOffMustBeAWeekdayAndASwappedWorkingDayAWeekend() {
        assertThatThrownBy(() -> holidays.save(null, 0, LocalDate.of(2025, 3, 8), "Nghỉ", HolidayKind.DAY_OFF))
                .hasFieldOrPropertyWithValue("field", "day")
                .hasFieldOrPropertyWithValue("messageKey", "holiday.error.weekend-off");
        assertThatThrownBy(() -> holidays.save(null, 0, LocalDate.of(2025, 3, 10), "Làm bù",
                HolidayKind.WORKING_DAY)).hasFieldOrPropertyWithValue("field", "day")
                .hasFieldOrPropertyWithValue("messageKey", "holiday.error.weekday-working");
        holidays.save(null, 0, LocalDate.of(2027, 5, 8), "Làm bù", HolidayKind.WORKING_DAY); // a Saturday
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 5, 8))).isTrue();
    }

    @Test
    void refusesADayAlreadyInTheCalendarButLetsAnEntryKeepItsOwnDay() {
        assertThatThrownBy(() -> holidays.save(null, 0, LocalDate.of(2025, 1, 27), "Tết", HolidayKind.DAY_OFF))
                .hasFieldOrPropertyWithValue("field", "day")
                .hasFieldOrPropertyWithValue("messageKey", "holiday.error.duplicate");
        Holiday tet = on(LocalDate.of(2025, 1, 27));
        holidays.save(tet.getId(), tet.getVersion(), tet.getDay(), "Tết Nguyên đán Ất Tỵ", HolidayKind.DAY_OFF);
        assertThat(on(LocalDate.of(2025, 1, 27)).getName()).isEqualTo("Tết Nguyên đán Ất Tỵ");
    }

    @Test
    void requiresDayNameAndKind() {
        assertThatThrownBy(() -> holidays.save(null, 0, null, "Tết", HolidayKind.DAY_OFF))
                .hasFieldOrPropertyWithValue("field", "day")
                .hasFieldOrPropertyWithValue("messageKey", "validation.required");
        assertThatThrownBy(() -> holidays.save(null, 0, LocalDate.of(2027, 2, 8), "", HolidayKind.DAY_OFF))
                .hasFieldOrPropertyWithValue("field", "name");
        assertThatThrownBy(() -> holidays.save(null, 0, LocalDate.of(2027, 2, 8), "Tết", null))
                .hasFieldOrPropertyWithValue("field", "kind");
    }

    @Test
    void refusesAStaleVersion() {
        Holiday loaded = on(LocalDate.of(2025, 9, 1));
        long version = loaded.getVersion(); // the same managed instance gets the new version in this transaction
        holidays.save(loaded.getId(), version, loaded.getDay(), "Quốc khánh (nghỉ liền kề)", HolidayKind.DAY_OFF);
        assertThatThrownBy(() -> holidays.save(loaded.getId(), version, loaded.getDay(), "Quốc khánh",
                HolidayKind.DAY_OFF)).isInstanceOf(ConcurrentEditException.class);
    }

    @Test
    void deletesAnEntry() {
        LocalDate day = LocalDate.of(2024, 9, 3);
        holidays.delete(on(day).getId());
        assertThat(holidays.between(Period.of(day, day))).isEmpty();
        assertThat(calendar.isWorkingDay(day)).isTrue();
    }

    @Test
    @WithMockUser(roles = "RECEPTION")
    void otherRolesReadButCannotChange() {
        Holiday tet = on(LocalDate.of(2025, 1, 27));
        assertThat(holidays.ofYear(2026)).isNotEmpty();
        assertThatThrownBy(() -> holidays.save(null, 0, LocalDate.of(2027, 2, 8), "Tết", HolidayKind.DAY_OFF))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> holidays.delete(tet.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(holidays.ofYear(2025)).hasSize(13);
    }
}
