package vn.hcc.dashboard.staff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.staff.ui.StaffUi.byId;
import static vn.hcc.dashboard.staff.ui.StaffUi.click;
import static vn.hcc.dashboard.staff.ui.StaffUi.column;
import static vn.hcc.dashboard.staff.ui.StaffUi.errorOf;
import static vn.hcc.dashboard.staff.ui.StaffUi.pick;
import static vn.hcc.dashboard.staff.ui.StaffUi.text;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.Confirmations;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.staff.EmploymentType;
import vn.hcc.dashboard.staff.StaffDraft;
import vn.hcc.dashboard.staff.StaffFilter;
import vn.hcc.dashboard.staff.StaffMember;
import vn.hcc.dashboard.staff.StaffService;

/** The roster view: seed 002's counts, the form's refusals at the fields, leaving, and leadership reading only. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffViewTest extends KaribuTest {

    @Autowired
    StaffService staff;
    @Autowired
    Clock clock;

    private Grid<?> open(String username, Role role) {
        login(username, role);
        UI.getCurrent().navigate("staff");
        return _get(Grid.class, s -> s.withId("staff"));
    }

    private StaffMember member(String name) {
        return SystemAccess.asAdmin(() -> staff.search(new StaffFilter(name, null, false),
                org.springframework.data.domain.Pageable.unpaged()).getContent().getFirst());
    }

    @Test
    @Order(1)
    void showsTheDemoRosterWithSeed002sCounts() {
        Grid<?> grid = open("giamdoc", Role.DIRECTOR);
        assertThat(GridKt._size(grid)).isEqualTo(12);
        assertThat(text("summary-002")).isEqualTo("Ngày " + VnFormat.date(LocalDate.now(clock))
                + ": tổng số 12 cán bộ, công chức, người lao động; trong đó 10 cán bộ, công chức và 2 nhân viên hỗ trợ");
        assertThat(text("summary-003")).isEqualTo("Số lượng công chức, viên chức: tổng số 10; thuộc biên chế "
                + "(hoặc biệt phái) 9; do các cơ quan chuyên môn cử đến 0; kiêm nhiệm khác 1");
        int lan = column(grid, "name").indexOf("Phạm Thị Lan");
        assertThat(GridKt._getFormatted(grid, lan, "type")).isEqualTo("Biên chế");
        assertThat(GridKt._getFormatted(grid, lan, "counters")).isEqualTo("Quầy 1, Quầy 2");
        assertThat(GridKt._getFormatted(grid, lan, "fields")).isEqualTo("Chứng thực, Hộ tịch");
        assertThat(GridKt._getFormatted(grid, lan, "user")).isEqualTo("tiepnhan");
        assertThat(GridKt._getFormatted(grid, lan, "period")).isEqualTo("01/07/2025 – ");

        byId(Select.class, "type-filter").setValue(EmploymentType.SUPPORT);
        assertThat(column(grid, "name")).containsExactly("Ngô Thị Hương", "Trịnh Văn Khoa");
        assertThat(column(grid, "type")).containsOnly("Nhân viên hỗ trợ");
    }

    @Test
    @Order(2)
    void leadershipReadsWithoutAnyEditButton() {
        Grid<?> grid = open("lanhdao", Role.LEADER);
        assertThat(GridKt._size(grid)).isEqualTo(12);
        assertThat(_find(Button.class, s -> s.withId("add"))).isEmpty();
        assertThat(grid.getColumnByKey("actions")).isNull();
        assertThat(text("summary-002")).contains("tổng số 12");
    }

    @Test
    @Order(3)
    void addsASecondedOfficialAndExplainsBadInputAtTheField() {
        Grid<?> grid = open("giamdoc", Role.DIRECTOR);
        click("add");
        byId(TextField.class, "fullName").setValue("Nguyễn Văn Cử");
        byId(TextField.class, "position").setValue("Chuyên viên tiếp nhận hồ sơ đất đai");
        byId(Select.class, "type").setValue(EmploymentType.SECONDED);
        byId(TextField.class, "concurrentDuty").setValue("Chuyên viên Chi nhánh Văn phòng đăng ký đất đai");
        click("save");
        assertThat(errorOf("homeUnit")).isEqualTo("Cán bộ biệt phái / cử đến phải có cơ quan, đơn vị gốc");
        pick("homeUnit", "Chi nhánh Văn phòng đăng ký đất đai");
        byId(VnDatePicker.class, "activeFrom").setValue(LocalDate.of(2025, 8, 1));
        byId(VnDatePicker.class, "activeTo").setValue(LocalDate.of(2025, 7, 31));
        click("save");
        assertThat(errorOf("homeUnit")).isNull();
        assertThat(errorOf("activeTo")).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu làm việc");
        byId(VnDatePicker.class, "activeTo").clear();
        pick("user", "tiepnhan – Phạm Thị Lan");
        click("save");
        assertThat(errorOf("user")).isEqualTo("Tài khoản tiepnhan đã gắn với cán bộ Phạm Thị Lan");
        pick("user", "lanhdao – Lê Văn Hùng");
        click("save");
        assertThat(_find(EditDialog.class)).isEmpty();
        assertThat(column(grid, "name")).contains("Nguyễn Văn Cử");
        assertThat(text("summary-003")).isEqualTo("Số lượng công chức, viên chức: tổng số 11; thuộc biên chế "
                + "(hoặc biệt phái) 9; do các cơ quan chuyên môn cử đến 1; kiêm nhiệm khác 1");
    }

    @Test
    @Order(4)
    void aConcurrentEditIsExplainedAndNothingIsOverwritten() {
        Grid<?> grid = open("giamdoc", Role.DIRECTOR);
        int row = column(grid, "name").indexOf("Nguyễn Thị Hoa");
        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                s -> s.withAttribute("aria-label", "Sửa")));
        byId(TextField.class, "position").setValue("Công chức Tư pháp");
        StaffMember meanwhile = member("Nguyễn Thị Hoa");
        StaffDraft d = meanwhile.draft();
        SystemAccess.asAdmin(() -> staff.save(new StaffDraft(d.id(), d.version(), d.fullName(), "Công chức Hộ tịch",
                d.type(), d.homeUnitId(), d.concurrentDuty(), d.signatureHolder(), d.activeFrom(), d.activeTo(),
                d.userId(), d.fieldIds(), d.counterIds())));
        click("save");
        NotificationsKt.expectNotifications("Bản ghi này vừa được người khác sửa sau khi bạn mở. Thay đổi của bạn "
                + "chưa được lưu: hãy mở lại bản ghi để xem dữ liệu mới rồi sửa lại.");
        assertThat(member("Nguyễn Thị Hoa").getPosition()).isEqualTo("Công chức Hộ tịch");
    }

    @Test
    @Order(5)
    void aPersonWhoLeavesDropsOutOfTheActiveRosterAndTheCounts() {
        Grid<?> grid = open("giamdoc", Role.DIRECTOR);
        int before = GridKt._size(grid);
        int row = column(grid, "name").indexOf("Trịnh Văn Khoa");
        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                s -> s.withAttribute("aria-label", "Cho thôi làm việc từ hôm nay")));
        assertThat(Confirmations.confirm()).startsWith("Trịnh Văn Khoa sẽ thôi làm việc từ hôm nay");
        NotificationsKt.expectNotifications(
                "Đã ghi nhận Trịnh Văn Khoa thôi làm việc; đã bỏ 0 ngày trực đã xếp sau hôm nay");
        assertThat(member("Trịnh Văn Khoa").getActiveTo()).isEqualTo(LocalDate.now(clock));
        // the last day still counts; tomorrow one support worker fewer
        assertThat(GridKt._size(grid)).isEqualTo(before);
        row = column(grid, "name").indexOf("Trịnh Văn Khoa");
        // karibu finds visible components only: the button is there but hidden
        assertThat(_find(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                s -> s.withAttribute("aria-label", "Cho thôi làm việc từ hôm nay"))).isEmpty();
        assertThat(_find(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                s -> s.withAttribute("aria-label", "Sửa"))).hasSize(1);
        assertThat(SystemAccess.asAdmin(() -> staff.summary(LocalDate.now(clock).plusDays(1))).supportWorkers())
                .isEqualTo(1);
    }
}
