package vn.hcc.dashboard.equipment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.byId;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.click;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.column;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.editDialogOpen;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.errorOf;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.rowButton;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.equipment.EquipmentFilter;
import vn.hcc.dashboard.equipment.EquipmentItem;
import vn.hcc.dashboard.equipment.EquipmentService;
import vn.hcc.dashboard.equipment.EquipmentStatus;
import vn.hcc.dashboard.equipment.EquipmentType;
import vn.hcc.dashboard.equipment.ItemRow;
import vn.hcc.dashboard.equipment.ItemDraft;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.Role;

/** The inventory on the demo data (seed 003's list in the six-counter hall); the tests share one database. */
class InventoryViewTest extends KaribuTest {

    @Autowired
    EquipmentService equipment;

    @SuppressWarnings("unchecked")
    private Grid<ItemRow> open(String user, Role role) {
        login(user, role);
        UI.getCurrent().navigate("equipment");
        return _get(Grid.class, s -> s.withId("inventory"));
    }

    @SuppressWarnings("unchecked")
    private static void filterType(EquipmentType type) {
        byId(Select.class, "filter-type").setValue(type);
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersTheDemoInventoryByTypeStatusAndCounter() {
        Grid<ItemRow> grid = open("giamdoc", Role.DIRECTOR);
        filterType(EquipmentType.COMPUTER);
        assertThat(column(grid, "type")).hasSize(6).containsOnly("Máy tính");
        assertThat(column(grid, "place")).contains("Quầy 1", "Quầy 6");
        assertThat(column(grid, "status")).containsOnly("Đang sử dụng");
        filterType(null);
        byId(Select.class, "filter-status").setValue(EquipmentStatus.UNDER_REPAIR);
        assertThat(column(grid, "name")).containsExactly("Máy photocopy");
        assertThat(column(grid, "status")).containsExactly("Đang sửa chữa");
        byId(Select.class, "filter-status").setValue(null);
        ComboBox<ServiceCounter> counter = byId(ComboBox.class, "filter-counter");
        counter.setValue(counter.getListDataView().getItems().filter(c -> c.getCode().equals("Q1")).findFirst()
                .orElseThrow());
        assertThat(column(grid, "type")).containsExactlyInAnyOrder("Máy tính", "Máy in", "Bàn viết",
                "Máy tính bảng đánh giá mức độ hài lòng", "Máy scan");
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsAnItemAndExplainsBadInputAtTheField() {
        Grid<ItemRow> grid = open("giamdoc", Role.DIRECTOR);
        click("add");
        byId(Select.class, "type").setValue(EquipmentType.PRINTER);
        click("save");
        assertThat(errorOf("name")).isEqualTo("Không được để trống");
        byId(TextField.class, "name").setValue("Máy in màu dự phòng");
        byId(IntegerField.class, "quantity").setValue(0);
        click("save");
        assertThat(errorOf("quantity")).startsWith("Giá trị phải từ 1 đến");
        byId(IntegerField.class, "quantity").setValue(2);
        click("save");
        assertThat(errorOf("location")).isEqualTo("Chọn quầy hoặc nhập vị trí đặt thiết bị");
        byId(TextField.class, "location").setValue("Kho");
        click("save");
        assertThat(editDialogOpen()).isFalse();
        filterType(EquipmentType.PRINTER);
        assertThat(column(grid, "name")).contains("Máy in màu dự phòng");
        assertThat(column(grid, "place")).contains("Kho");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDetailsDialogLogsAFaultSendsTheItemForRepairAndClosesIt() {
        Grid<ItemRow> grid = open("giamdoc", Role.DIRECTOR);
        filterType(EquipmentType.PROGRESS_TV);
        rowButton(grid, 0, "Chi tiết và nhật ký sự cố");
        click("open-fault");
        click("save");
        assertThat(errorOf("description")).isEqualTo("Không được để trống");
        byId(TextArea.class, "description").setValue("Mất tín hiệu HDMI");
        click("save");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Hỏng");
        Grid<?> log = byId(Grid.class, "fault-log");
        assertThat(column(log, "description")).containsExactly("Mất tín hiệu HDMI");
        assertThat(column(log, "closedOn")).containsExactly("Chưa khắc phục");
        assertThat(_find(Button.class, s -> s.withId("open-fault"))).isEmpty();
        click("send-for-repair");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Đang sửa chữa");
        click("close-fault");
        byId(TextArea.class, "repair").setValue("Thay cáp HDMI");
        click("save");
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Đang sử dụng");
        assertThat(column(log, "repair")).containsExactly("Thay cáp HDMI");
        assertThat(_find(Button.class, s -> s.withId("open-fault"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesAConcurrentEditAndKeepsTheDialogOpen() {
        Grid<ItemRow> grid = open("giamdoc", Role.DIRECTOR);
        filterType(EquipmentType.CAMERA);
        rowButton(grid, 0, "Sửa");
        byId(TextField.class, "name").setValue("Camera mới");
        EquipmentItem meanwhile = equipment.search(new EquipmentFilter(EquipmentType.CAMERA, null, null),
                org.springframework.data.domain.Pageable.unpaged()).getContent().getFirst();
        ItemDraft d = meanwhile.draft();
        equipment.save(new ItemDraft(d.id(), d.version(), d.type(), d.name(), d.quantity(), d.counterId(),
                d.location(), d.status(), d.acquiredOn(), d.warrantyUntil(), "Đã kiểm tra góc quay"));
        click("save");
        NotificationsKt.expectNotifications("Bản ghi này vừa được người khác sửa sau khi bạn mở. Thay đổi của bạn "
                + "chưa được lưu: hãy mở lại bản ghi để xem dữ liệu mới rồi sửa lại.");
        assertThat(editDialogOpen()).isTrue();
        assertThat(equipment.find(d.id()).orElseThrow().getName()).isEqualTo(d.name());
    }

    @Test
    @SuppressWarnings("unchecked")
    void leadershipReadsTheInventoryAndTheFaultLogButChangesNothing() {
        Grid<ItemRow> grid = open("lanhdao", Role.LEADER);
        assertThat(_find(Button.class, s -> s.withId("add"))).isEmpty();
        filterType(EquipmentType.OTHER);
        assertThat(column(grid, "name")).containsExactly("Máy photocopy");
        List<Button> rowButtons = _find(GridKt._getCellComponent(grid, 0, "actions"), Button.class);
        assertThat(rowButtons).hasSize(1);
        rowButton(grid, 0, "Chi tiết và nhật ký sự cố");
        assertThat(column(byId(Grid.class, "fault-log"), "description"))
                .containsExactly("Báo lỗi bộ sấy, không sao chụp được");
        for (String id : List.of("open-fault", "send-for-repair", "close-fault", "edit-item")) {
            assertThat(_find(Button.class, s -> s.withId(id))).as(id).isEmpty();
        }
    }
}
