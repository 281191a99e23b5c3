package vn.hcc.dashboard.equipment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.byId;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.click;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.column;
import static vn.hcc.dashboard.equipment.ui.EquipmentUi.errorOf;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.security.Role;

/** The Art. 13 checklist on the demo data: met on the six demo counters, missing once a rule is stricter. */
class ChecklistViewTest extends KaribuTest {

    private Grid<?> open(String user, Role role) {
        login(user, role);
        UI.getCurrent().navigate("equipment/checklist");
        return _get(Grid.class, s -> s.withId("checklist"));
    }

    private static List<String> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormatted(grid, i, "item") + " | "
                + GridKt._getFormatted(grid, i, "rule") + " | " + GridKt._getFormatted(grid, i, "required") + " | "
                + GridKt._getFormatted(grid, i, "present") + " | " + GridKt._getFormatted(grid, i, "result")).toList();
    }

    @Test
    void theDemoInventoryMeetsEveryLineAndAStricterRuleShowsWhatIsMissing() {
        Grid<?> grid = open("giamdoc", Role.DIRECTOR);
        Span summary = byId(Span.class, "summary");
        assertThat(summary.getText()).isEqualTo("Đạt đủ 12/12 hạng mục với 6 quầy đang hoạt động");
        assertThat(summary.getElement().getThemeList()).contains("success");
        assertThat(rows(grid)).hasSize(12).contains(
                "Máy tính | 1 mỗi quầy | 6 | 6 | Đạt",
                "Ghế ngồi chờ | 3 mỗi quầy | 18 | 18 | Đạt",
                "Máy scan | 1 | 1 | 2 | Đạt",
                "Chữ ký số | 1 mỗi quầy | 6 | 8 | Đạt",
                "Máy lấy số tự động kết nối Hệ thống một cửa điện tử | 1 | 1 | 1 | Đạt");
        assertThat(GridKt._getCellComponent(grid, 0, "badge").getElement().getThemeList()).contains("success");
        // two computers per counter: six missing, marked in red
        Button edit = _get(GridKt._getCellComponent(grid, 0, "actions"), Button.class);
        edit.click();
        byId(IntegerField.class, "perCounter").setValue(-1);
        click("save");
        assertThat(errorOf("perCounter")).startsWith("Giá trị phải từ 0 đến");
        byId(IntegerField.class, "perCounter").setValue(2);
        click("save");
        assertThat(rows(grid)).contains("Máy tính | 2 mỗi quầy | 12 | 6 | Thiếu 6");
        assertThat(GridKt._getCellComponent(grid, 0, "badge").getElement().getThemeList()).contains("error");
        assertThat(summary.getText()).isEqualTo("Còn thiếu 1/12 hạng mục với 6 quầy đang hoạt động");
        assertThat(summary.getElement().getThemeList()).contains("error");
    }

    @Test
    void leadershipReadsTheChecklistWithoutEditing() {
        Grid<?> grid = open("lanhdao", Role.LEADER);
        assertThat(column(grid, "item")).hasSize(12);
        assertThat(grid.getColumnByKey("actions")).isNull();
    }
}
