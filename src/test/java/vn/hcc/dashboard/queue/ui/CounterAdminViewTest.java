package vn.hcc.dashboard.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.queue.ui.QueueUi.byId;
import static vn.hcc.dashboard.queue.ui.QueueUi.column;
import static vn.hcc.dashboard.queue.ui.QueueUi.press;
import static vn.hcc.dashboard.queue.ui.QueueUi.set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.Confirmations;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.queue.CounterRow;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueField;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.security.Role;

/** The administrator's list of the hall's counters (the six demo counters, Quầy 1–6). */
class CounterAdminViewTest extends KaribuTest {

    @Autowired
    QueueService queue;
    @Autowired
    DeviceService devices;

    Grid<CounterRow> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openView() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/counters");
        grid = byId(Grid.class, "counters");
    }

    @SuppressWarnings("unchecked")
    private void pickFields(String... names) {
        MultiSelectComboBox<WorkField> box = byId(MultiSelectComboBox.class, "fields");
        Set<String> wanted = Set.of(names);
        set(box, box.getListDataView().getItems().filter(f -> wanted.contains(f.getName())).collect(Collectors.toSet()));
    }

    private void type(String id, String value) {
        set(byId(TextField.class, id), value);
    }

    /** Presses the edit or delete button in the row of the counter with this code. */
    private void rowButton(String code, String action) {
        int row = column(grid, "code").indexOf(code);
        assertThat(row).as("row of %s", code).isNotNegative();
        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class,
                spec -> spec.withId(action + "-" + code)));
    }

    private String errorOf(String id) {
        var field = (com.vaadin.flow.component.HasValidation) byId(com.vaadin.flow.component.Component.class, id);
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    @Test
    void listsTheCountersWithTheFieldsTheyServe() {
        assertThat(column(grid, "name")).startsWith("Quầy 1", "Quầy 2", "Quầy 3", "Quầy 4", "Quầy 5", "Quầy 6");
        assertThat(column(grid, "fields")).startsWith("Chứng thực", "Chứng thực, Hộ tịch", "Hộ tịch", "Đất đai",
                "Đăng ký kinh doanh, Đất đai", "Bảo trợ xã hội, Người có công");
    }

    @Test
    void aNewCounterNeedsACodeANameAndAField() {
        press("add");
        type("code", "Q1");
        type("name", "Quầy 7");
        press("save");
        assertThat(errorOf("code")).isEqualTo("Mã \"Q1\" đã tồn tại");
        type("code", "Q7");
        press("save");
        assertThat(errorOf("code")).isNull();
        assertThat(errorOf("fields")).isEqualTo("Hãy chọn ít nhất một lĩnh vực");
        assertThat(_get(EditDialog.class).isOpened()).as("nothing typed is lost").isTrue();
        pickFields("Đất đai", "Chứng thực");
        press("save");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(EditDialog.class)).isEmpty();
        assertThat(column(grid, "name")).contains("Quầy 7");
        assertThat(GridKt._getFormatted(grid, column(grid, "code").indexOf("Q7"), "fields"))
                .isEqualTo("Chứng thực, Đất đai");

        // Never used: it can be deleted.
        rowButton("Q7", "delete");
        assertThat(Confirmations.confirm()).startsWith("Quầy Q7 sẽ bị xóa");
        NotificationsKt.expectNotifications("Đã lưu", "Đã xóa");
        assertThat(column(grid, "name")).doesNotContain("Quầy 7");
    }

    @Test
    void aCounterThatCalledTicketsIsDeactivatedNotDeleted() {
        long dd = queue.kioskFields().stream().filter(f -> f.code().equals("DD")).findFirst()
                .map(QueueField::id).orElseThrow();
        TestKiosk.issue(devices, queue, dd);
        long q4 = GridKt._get(grid, column(grid, "code").indexOf("Q4")).counter().getId();
        queue.callNext(q4);
        rowButton("Q4", "delete");
        Confirmations.confirm();
        NotificationsKt.expectNotifications("Không thể xóa: quầy đã gọi số; hãy chuyển sang ngừng hoạt động");

        rowButton("Q6", "edit");
        set(byId(Checkbox.class, "active"), false);
        press("save");
        assertThat(GridKt._getFormatted(grid, column(grid, "code").indexOf("Q6"), "active"))
                .isEqualTo("Ngừng hoạt động");
        assertThat(queue.kioskFields()).extracting(QueueField::code).doesNotContain("BTXH", "NCC");
    }
}
