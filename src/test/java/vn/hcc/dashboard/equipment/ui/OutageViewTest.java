package vn.hcc.dashboard.equipment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.byId;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.click;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.column;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.editDialogOpen;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.errorOf;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.rowButton;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.Confirmations;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.equipment.OutageKind;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.security.Role;

/** The outage log on the demo data (three outages of the last months); the tests share one database. */
class OutageViewTest extends KaribuTest {

    private Grid<?> open(String user, Role role) {
        login(user, role);
        UI.getCurrent().navigate("equipment/outages");
        return _get(Grid.class, s -> s.withId("outages"));
    }

    @Test
    void listsTheDemoOutagesNewestFirst() {
        Grid<?> grid = open("giamdoc", Role.DIRECTOR);
        // the other test of the class may have logged a power outage today
        assertThat(column(grid, "kind").stream().filter(k -> !k.equals("Mất điện")).toList())
                .containsExactly("Phần mềm một cửa", "Đường truyền mạng", "Cổng Dịch vụ công quốc gia");
        assertThat(column(grid, "counters")).contains("Quầy 1, Quầy 2", "Toàn Trung tâm");
    }

    @Test
    @SuppressWarnings("unchecked")
    void logsAnOngoingOutageAtTwoCountersThenEndsIt() {
        Grid<?> grid = open("giamdoc", Role.DIRECTOR);
        click("add");
        byId(Select.class, "kind").setValue(OutageKind.POWER);
        DateTimePicker start = byId(DateTimePicker.class, "startedAt");
        LocalDateTime at = start.getValue().minusHours(2);
        start.setValue(at);
        DateTimePicker end = byId(DateTimePicker.class, "endedAt");
        end.setValue(at.minusMinutes(30));
        MultiSelectComboBox<ServiceCounter> where = byId(MultiSelectComboBox.class, "counters");
        where.setValue(where.getListDataView().getItems().filter(c -> Set.of("Q3", "Q4").contains(c.getCode()))
                .collect(Collectors.toSet()));
        byId(TextArea.class, "notes").setValue("Mất điện lưới khu vực");
        click("save");
        assertThat(errorOf("endedAt")).isEqualTo("Thời điểm kết thúc phải sau thời điểm bắt đầu");
        end.clear();
        click("save");
        assertThat(editDialogOpen()).isFalse();
        assertThat(column(grid, "kind").getFirst()).isEqualTo("Mất điện");
        assertThat(column(grid, "endedAt").getFirst()).isEqualTo("Đang diễn ra");
        assertThat(column(grid, "counters").getFirst()).isEqualTo("Quầy 3, Quầy 4");
        rowButton(grid, 0, "Kết thúc sự cố");
        byId(DateTimePicker.class, "endedAt").setValue(at.plusHours(1));
        click("save");
        assertThat(column(grid, "endedAt").getFirst()).isEqualTo(vn.hcc.dashboard.base.VnFormat.dateTime(
                at.plusHours(1)));
        // the same kind again at counter 4 during that hour is a duplicate
        click("add");
        byId(Select.class, "kind").setValue(OutageKind.POWER);
        byId(DateTimePicker.class, "startedAt").setValue(at.plusMinutes(30));
        byId(DateTimePicker.class, "endedAt").setValue(at.plusMinutes(50));
        MultiSelectComboBox<ServiceCounter> again = byId(MultiSelectComboBox.class, "counters");
        again.setValue(again.getListDataView().getItems().filter(c -> c.getCode().equals("Q4"))
                .collect(Collectors.toSet()));
        click("save");
        assertThat(errorOf("startedAt"))
                .isEqualTo("Đã ghi nhận sự cố cùng loại tại cùng quầy trong khoảng thời gian này");
    }

    @Test
    void leadershipReadsTheLogWithoutActions() {
        Grid<?> grid = open("lanhdao", Role.LEADER);
        assertThat(column(grid, "kind")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(_find(Button.class, s -> s.withId("add"))).isEmpty();
        assertThat(grid.getColumnByKey("actions")).isNull();
    }

    @Test
    void deletingAnOutageAsksFirst() {
        Grid<?> grid = open("giamdoc", Role.DIRECTOR);
        int before = GridKt._size(grid);
        rowButton(grid, 0, "Xóa");
        assertThat(Confirmations.cancel()).contains("không còn trong báo cáo thiết bị");
        assertThat(GridKt._size(grid)).isEqualTo(before);
        rowButton(grid, 0, "Xóa");
        Confirmations.confirm();
        assertThat(GridKt._size(grid)).isEqualTo(before - 1);
    }
}
