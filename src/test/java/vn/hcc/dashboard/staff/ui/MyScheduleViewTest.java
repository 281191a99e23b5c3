package vn.hcc.dashboard.staff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.staff.ui.StaffUi.column;
import static vn.hcc.dashboard.staff.ui.StaffUi.text;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.staff.DutyService;

/** Every role sees its own week through the staff record linked to its account. */
class MyScheduleViewTest extends KaribuTest {

    @Autowired
    DutyService duties;
    @Autowired
    WorkingDayCalendar calendar;

    private Grid<?> open(String username, Role role, String week) {
        login(username, role);
        UI.getCurrent().navigate("my-schedule", week == null ? QueryParameters.empty()
                : QueryParameters.simple(Map.of("week", week)));
        return _get(Grid.class, s -> s.withId("my-grid"));
    }

    @Test
    void receptionSeesItsCounterOnEachDutyDayOfThisWeek() {
        Grid<?> grid = open("tiepnhan", Role.RECEPTION, null);
        assertThat(text("my-name")).isEqualTo("Lịch trực của Phạm Thị Lan");
        // the demo seats her at Quầy 1 on the working days Monday to Friday, never on Saturday
        LocalDate monday = duties.thisMonday();
        List<String> expected = IntStream.range(0, 6).mapToObj(monday::plusDays)
                .map(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && calendar.isWorkingDay(d) ? "Quầy 1" : "")
                .toList();
        assertThat(column(grid, "counter").subList(0, 6)).isEqualTo(expected).contains("Quầy 1");
    }

    @Test
    void aWeekWithAHolidayShowsWhyThereIsNoDuty() {
        Grid<?> grid = open("pakn", Role.PAKN_HANDLER, "2025-09-01");
        assertThat(text("my-name")).isEqualTo("Lịch trực của Hoàng Văn Nam");
        assertThat(column(grid, "day")).containsExactly("Thứ Hai 01/09/2025", "Thứ Ba 02/09/2025",
                "Thứ Tư 03/09/2025", "Thứ Năm 04/09/2025", "Thứ Sáu 05/09/2025", "Thứ Bảy 06/09/2025");
        assertThat(column(grid, "note")).containsExactly("(nghỉ: Quốc khánh)", "(nghỉ: Quốc khánh)", "", "", "",
                "(trực tình nguyện)");
        assertThat(column(grid, "counter")).containsOnly("");
    }

    @Test
    void anAccountWithoutAStaffRecordIsToldSo() {
        Grid<?> grid = open("lanhdao", Role.LEADER, null);
        assertThat(text("my-name"))
                .isEqualTo("Tài khoản của bạn chưa gắn với hồ sơ cán bộ nào; hãy liên hệ Giám đốc Trung tâm.");
        assertThat(column(grid, "counter")).containsOnly("");
    }
}
