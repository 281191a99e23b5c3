package vn.hcc.dashboard.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** Against the official holidays seeded by Flyway (V2). */
@SpringBootTest
@ActiveProfiles("test")
class WorkingDayCalendarTest {

    @Autowired
    WorkingDayCalendar calendar;

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void tet2025IsSkipped() {
        // Friday 24/01/2025, then Tết from Saturday 25/01 to Sunday 02/02
        assertThat(calendar.addWorkingDays(d(2025, 1, 24), 0)).isEqualTo(d(2025, 1, 24));
        assertThat(calendar.addWorkingDays(d(2025, 1, 24), 1)).isEqualTo(d(2025, 2, 3));
        assertThat(calendar.addWorkingDays(d(2025, 1, 23), 5)).isEqualTo(d(2025, 2, 6));
        for (int day = 27; day <= 31; day++) {
            assertThat(calendar.isWorkingDay(d(2025, 1, day))).as("%d/01/2025", day).isFalse();
        }
        assertThat(calendar.workingDaysBetween(d(2025, 1, 24), d(2025, 2, 3))).isEqualTo(1);
    }

    @Test
    void tet2024IsSkipped() {
        // Wednesday 07/02/2024, Tết from Thursday 08/02 to Wednesday 14/02
        assertThat(calendar.addWorkingDays(d(2024, 2, 7), 1)).isEqualTo(d(2024, 2, 15));
    }

    @Test
    void thirtyAprilAndFirstMay2025WithTheSwappedSaturday() {
        // Saturday 26/04/2025 was worked in exchange for Friday 02/05/2025
        assertThat(calendar.isWorkingDay(d(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(d(2025, 5, 2))).isFalse();
        assertThat(calendar.addWorkingDays(d(2025, 4, 25), 1)).isEqualTo(d(2025, 4, 26));
        assertThat(calendar.addWorkingDays(d(2025, 4, 25), 3)).isEqualTo(d(2025, 4, 29));
        assertThat(calendar.addWorkingDays(d(2025, 4, 25), 4)).isEqualTo(d(2025, 5, 5));
        assertThat(calendar.workingDaysBetween(d(2025, 4, 29), d(2025, 5, 5))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(d(2025, 5, 5), d(2025, 4, 29))).isEqualTo(-1);
    }

    @Test
    void aVoluntarySaturdayIsNotAWorkingDay() {
        // seed 002's centers open on Saturdays; a dossier received then counts from Monday
        assertThat(calendar.isWorkingDay(d(2025, 3, 8))).isFalse();
        assertThat(calendar.addWorkingDays(d(2025, 3, 8), 0)).isEqualTo(d(2025, 3, 10));
        assertThat(calendar.addWorkingDays(d(2025, 3, 8), 2)).isEqualTo(d(2025, 3, 12));
    }

    @Test
    void aHolidayOnASundayIsCompensatedOnMonday() {
        // Giỗ Tổ Hùng Vương 2026 falls on Sunday 26/04/2026
        assertThat(calendar.isWorkingDay(d(2026, 4, 27))).isFalse();
        assertThat(calendar.addWorkingDays(d(2026, 4, 24), 1)).isEqualTo(d(2026, 4, 28));
    }

    @Test
    void afterThreePmCountsFromTheNextWorkingDay() {
        LocalDateTime friday = LocalDateTime.of(2025, 1, 24, 15, 30);
        assertThat(calendar.effectiveIntakeDay(friday, true)).isEqualTo(d(2025, 2, 3));
        assertThat(calendar.effectiveIntakeDay(friday, false)).isEqualTo(d(2025, 1, 24));
        assertThat(calendar.effectiveIntakeDay(LocalDateTime.of(2025, 1, 24, 15, 0), true)).isEqualTo(d(2025, 1, 24));
    }

    @Test
    void negativeProcessingTimeIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d(2025, 1, 2), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
