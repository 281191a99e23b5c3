package vn.hcc.dashboard.staff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.staff.ui.StaffUi.buttonsIn;
import static vn.hcc.dashboard.staff.ui.StaffUi.byId;
import static vn.hcc.dashboard.staff.ui.StaffUi.cell;
import static vn.hcc.dashboard.staff.ui.StaffUi.click;
import static vn.hcc.dashboard.staff.ui.StaffUi.column;
import static vn.hcc.dashboard.staff.ui.StaffUi.errorOf;
import static vn.hcc.dashboard.staff.ui.StaffUi.pick;
import static vn.hcc.dashboard.staff.ui.StaffUi.text;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.DutyWeek;

/**
 * The week view on September 2025 (Quốc khánh on Monday 1 and Tuesday 2), late April 2026 (Giỗ Tổ moved to Monday
 * 27) and the demo's current week. Each test plans its own week: the tests of a class share one database.
 */
class DutyScheduleViewTest extends KaribuTest {

    @Autowired
    DutyService duties;

    private Grid<?> open(String username, Role role, String week) {
        login(username, role);
        if (week == null) {
            UI.getCurrent().navigate("duty-schedule");
        } else {
            UI.getCurrent().navigate("duty-schedule", QueryParameters.simple(Map.of("week", week)));
        }
        return _get(Grid.class, s -> s.withId("duty-grid"));
    }

    private static int row(Grid<?> grid, String counter) {
        return column(grid, "counter").indexOf(counter);
    }

    private DutyWeek week(LocalDate day) {
        return SystemAccess.asAdmin(() -> duties.week(day));
    }

    @SuppressWarnings("unchecked")
    private void assign(LocalDate day, String person, String counter) {
        byId(Select.class, "day").setValue(day);
        pick("staff", person);
        pick("counter", counter);
        click("assign");
    }

    @Test
    void marksDaysOffAndTheVoluntarySaturdayAndAssignsOrRefusesWithTheReason() {
        Grid<?> grid = open("giamdoc", Role.DIRECTOR, "2025-09-03");
        assertThat(text("week-label")).isEqualTo("Tuần từ 01/09/2025 đến 06/09/2025");
        assertThat(grid.getColumns().stream().map(Grid.Column::getHeaderText).collect(Collectors.toList()))
                .containsExactly("Quầy", "Thứ Hai 01/09 (nghỉ: Quốc khánh)", "Thứ Ba 02/09 (nghỉ: Quốc khánh)",
                        "Thứ Tư 03/09", "Thứ Năm 04/09", "Thứ Sáu 05/09", "Thứ Bảy 06/09 (trực tình nguyện)");
        assertThat(cell(grid, 0, "2025-09-01")).isEqualTo("Nghỉ");

        assign(LocalDate.of(2025, 9, 3), "Phạm Thị Lan", "Quầy 1");
        NotificationsKt.expectNotifications("Đã phân công Phạm Thị Lan trực Quầy 1 ngày 03/09/2025");
        assertThat(cell(grid, row(grid, "Quầy 1"), "2025-09-03")).isEqualTo("Phạm Thị Lan");

        assign(LocalDate.of(2025, 9, 3), "Đỗ Văn Hải", "Quầy 1");
        assertThat(errorOf("counter")).isEqualTo("Quầy 1 ngày 03/09/2025 đã có Phạm Thị Lan trực");
        assign(LocalDate.of(2025, 9, 3), "Phạm Thị Lan", "Quầy 2");
        assertThat(errorOf("staff")).isEqualTo("Phạm Thị Lan ngày 03/09/2025 đã trực tại Quầy 1");
        assign(LocalDate.of(2025, 9, 2), "Phạm Thị Lan", "Quầy 2");
        assertThat(errorOf("day")).isEqualTo("Ngày 02/09/2025 là ngày nghỉ (Quốc khánh): không xếp lịch trực");

        assign(LocalDate.of(2025, 9, 6), "Ngô Thị Hương", "Quầy 4");
        NotificationsKt.expectNotifications(
                "Đã phân công, lưu ý: Ngô Thị Hương không phụ trách Quầy 4 hay lĩnh vực nào của quầy này");
        assertThat(cell(grid, row(grid, "Quầy 4"), "2025-09-06")).isEqualTo("Ngô Thị Hương");
        assertThat(week(LocalDate.of(2025, 9, 1)).duties()).hasSize(2);
    }

    @Test
    void unassignsACell() {
        Grid<?> grid = open("admin", Role.ADMIN, "2025-10-06");
        assign(LocalDate.of(2025, 10, 7), "Vũ Minh Tuấn", "Quầy 4");
        int r = row(grid, "Quầy 4");
        _click(buttonsIn(grid, r, "2025-10-07").getFirst());
        NotificationsKt.expectNotifications("Đã phân công Vũ Minh Tuấn trực Quầy 4 ngày 07/10/2025",
                "Đã bỏ phân công Vũ Minh Tuấn tại Quầy 4");
        assertThat(cell(grid, r, "2025-10-07")).isEmpty();
        assertThat(week(LocalDate.of(2025, 10, 7)).duties()).isEmpty();
    }

    @Test
    void copiesLastWeekForwardAndListsWhatWasSkipped() {
        Grid<?> grid = open("giamdoc", Role.DIRECTOR, "2026-04-20");
        assign(LocalDate.of(2026, 4, 20), "Đỗ Văn Hải", "Quầy 2");
        assign(LocalDate.of(2026, 4, 22), "Đỗ Văn Hải", "Quầy 2");
        click("next-week");
        assertThat(text("week-label")).isEqualTo("Tuần từ 27/04/2026 đến 02/05/2026");
        click("copy-week");
        var report = _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, s -> s.withId("copy-report"));
        assertThat(report.getChildren().map(c -> ((Span) c).getText()).toList()).containsExactly(
                "Đã chép 1 ngày trực; 0 ngày đã có sẵn; 1 ngày bỏ qua",
                "27/04/2026 – Quầy 2 – Đỗ Văn Hải: bỏ qua vì là ngày nghỉ");
        assertThat(cell(grid, row(grid, "Quầy 2"), "2026-04-29")).isEqualTo("Đỗ Văn Hải");
        assertThat(week(LocalDate.of(2026, 4, 27)).duties()).hasSize(1);
    }

    @Test
    void leadershipSeesTheDemoWeekWithoutAnyControl() {
        Grid<?> grid = open("lanhdao", Role.LEADER, null);
        DutyWeek demo = week(duties.thisMonday());
        assertThat(demo.duties()).isNotEmpty();
        demo.duties().forEach(d -> assertThat(cell(grid, row(grid, d.counterName()), d.day().toString()))
                .isEqualTo(d.staffName()));
        for (int r = 0; r < column(grid, "counter").size(); r++) {
            for (var day : demo.days()) {
                if (day.open()) {
                    assertThat(buttonsIn(grid, r, day.date().toString())).isEmpty();
                }
            }
        }
        assertThat(_find(Button.class, s -> s.withId("assign"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("copy-week"))).isEmpty();
        assertThat(_find(Select.class, s -> s.withId("day"))).isEmpty();
    }
}
