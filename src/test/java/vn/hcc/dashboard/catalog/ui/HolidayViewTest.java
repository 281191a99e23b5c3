package vn.hcc.dashboard.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.add;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.byId;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.column;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.dialogOpen;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.errorOf;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.rowButton;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.save;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.set;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.type;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.Confirmations;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.catalog.Holiday;
import vn.hcc.dashboard.catalog.HolidayKind;
import vn.hcc.dashboard.catalog.HolidayService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.base.Period;

/** The official calendars of Flyway V2/V3, seen on 20/04/2025. */
class HolidayViewTest extends KaribuTest {

    @Autowired
    TestClock clock;
    @Autowired
    HolidayService holidays;
    @Autowired
    WorkingDayCalendar calendar;

    private Grid<Holiday> grid;
    private Select<Integer> year;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openView() {
        clock.set(LocalDate.of(2025, 4, 20).atStartOfDay());
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/holidays");
        grid = byId(Grid.class, "holidays");
        year = byId(Select.class, "year");
    }

    private int rowOf(String date) {
        return column(grid, "day").indexOf(date);
    }

    private void newEntry(LocalDate day, String name, HolidayKind kind) {
        add();
        set(byId(DatePicker.class, "day"), day);
        type("name", name);
        set(byId(Select.class, "kind"), kind);
    }

    @Test
    void showsTheCurrentYearAndEveryYearKept() {
        assertThat(year.getValue()).isEqualTo(2025);
        assertThat(year.getListDataView().getItems()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(GridKt._getFormattedRow(grid, rowOf("27/01/2025")))
                .startsWith("27/01/2025", "Thứ Hai", "Tết Nguyên đán", "Ngày nghỉ");
        assertThat(GridKt._getFormattedRow(grid, rowOf("26/04/2025")))
                .startsWith("26/04/2025", "Thứ Bảy", "Làm bù cho ngày 02/05/2025", "Ngày làm bù");
        set(year, 2024);
        assertThat(column(grid, "day")).contains("08/02/2024", "04/05/2024").doesNotContain("27/01/2025");
    }

    @Test
    void theDatePickerSpeaksVietnameseAndReadsDayMonthYear() {
        add();
        DatePicker.DatePickerI18n i18n = byId(DatePicker.class, "day").getI18n();
        assertThat(i18n.getDateFormats()).startsWith("dd/MM/yyyy");
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("Tháng 1").endsWith("Tháng 12");
        assertThat(i18n.getWeekdays()).containsExactly("Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm",
                "Thứ Sáu", "Thứ Bảy");
        assertThat(i18n.getWeekdaysShort()).startsWith("CN", "T2");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getToday()).isEqualTo("Hôm nay");
    }

    @Test
    void addsADayOffAndShowsItsYear() {
        newEntry(LocalDate.of(2027, 2, 8), "Tết Nguyên đán", HolidayKind.DAY_OFF);
        save();
        assertThat(dialogOpen()).isFalse();
        assertThat(year.getValue()).isEqualTo(2027);
        assertThat(GridKt._getFormattedRow(grid, rowOf("08/02/2027")))
                .startsWith("08/02/2027", "Thứ Hai", "Tết Nguyên đán", "Ngày nghỉ");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
    }

    @Test
    void showsEachRuleAtTheDate() {
        newEntry(LocalDate.of(2025, 3, 8), "Nghỉ bù", HolidayKind.DAY_OFF); // a Saturday
        save();
        assertThat(errorOf("day"))
                .isEqualTo("Thứ Bảy, Chủ nhật đã là ngày nghỉ; hãy nhập ngày nghỉ bù vào ngày làm việc kế tiếp");

        set(byId(DatePicker.class, "day"), LocalDate.of(2025, 3, 10)); // a Monday
        set(byId(Select.class, "kind"), HolidayKind.WORKING_DAY);
        save();
        assertThat(errorOf("day")).isEqualTo("Chỉ thứ Bảy hoặc Chủ nhật mới có thể là ngày làm bù");

        set(byId(DatePicker.class, "day"), LocalDate.of(2025, 1, 27));
        set(byId(Select.class, "kind"), HolidayKind.DAY_OFF);
        save();
        assertThat(errorOf("day")).isEqualTo("Ngày này đã có trong lịch");

        set(byId(DatePicker.class, "day"), LocalDate.of(2025, 3, 10));
        type("name", "");
        save();
        assertThat(errorOf("day")).isNull();
        assertThat(errorOf("name")).isEqualTo("Không được để trống");
        assertThat(dialogOpen()).isTrue();
        assertThat(holidays.between(Period.of(LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 10)))).isEmpty();
    }

    @Test
    void refusesAConcurrentEditAndKeepsTheDialogOpen() {
        rowButton(grid, rowOf("01/09/2025"), "Sửa");
        type("name", "Quốc khánh (nghỉ liền kề)");
        Holiday h = holidays.between(Period.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 1))).getFirst();
        holidays.save(h.getId(), h.getVersion(), h.getDay(), "Nghỉ Quốc khánh", h.getKind()); // someone else first
        save();
        NotificationsKt.expectNotifications("Bản ghi này vừa được người khác sửa sau khi bạn mở. Thay đổi của bạn "
                + "chưa được lưu: hãy mở lại bản ghi để xem dữ liệu mới rồi sửa lại.");
        assertThat(dialogOpen()).isTrue();
    }

    @Test
    void deletesAnEntryAndTheCalendarFollows() {
        set(year, 2024);
        rowButton(grid, rowOf("03/09/2024"), "Xóa");
        assertThat(Confirmations.cancel()).contains("được tính là ngày làm việc");
        assertThat(column(grid, "day")).as("cancelled: nothing deleted").contains("03/09/2024");
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 3))).isFalse();
        rowButton(grid, rowOf("03/09/2024"), "Xóa");
        Confirmations.confirm();
        NotificationsKt.expectNotifications("Đã xóa");
        assertThat(column(grid, "day")).doesNotContain("03/09/2024").contains("02/09/2024");
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 9, 3))).isTrue();
    }
}
