package vn.hcc.dashboard.targets.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.Confirmations;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.targets.TargetPeriod;

class TargetViewTest extends KaribuTest {

    private Grid<?> grid;

    @BeforeEach
    void openView() {
        login("giamdoc", Role.DIRECTOR);
        UI.getCurrent().navigate("targets");
        grid = _get(Grid.class, s -> s.withId("targets"));
    }

    private static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    private List<String> rows() {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormatted(grid, i, "kpi") + " | "
                + GridKt._getFormatted(grid, i, "unit") + " | " + GridKt._getFormatted(grid, i, "period") + " | "
                + GridKt._getFormatted(grid, i, "value")).toList();
    }

    @Test
    void showsTheSeededYearlyTargetsInVietnamese() {
        assertThat(rows()).hasSize(32).contains(
                "Tỷ lệ hồ sơ trực tuyến | Tất cả đơn vị | Năm 2025 | ≥ 60,00%",
                "Tỷ lệ giải quyết đúng hạn | Tất cả đơn vị | Năm 2026 | ≥ 98,00%",
                "Tỷ lệ số hóa kết quả | Tất cả đơn vị | Năm 2024 | ≥ 100,00%",
                "Tỷ lệ tái sử dụng dữ liệu số hóa | Tất cả đơn vị | Năm 2027 | ≥ 50,00%");
    }

    @Test
    @SuppressWarnings("unchecked")
    void addsAQuarterTargetForOneCommuneAndExplainsBadInput() {
        _click(byId(Button.class, "add"));
        byId(Select.class, "kpi").setValue(Kpi.ONLINE_PAYMENT);
        ComboBox<Unit> unit = byId(ComboBox.class, "unit");
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.getCode().equals("X-THUA")).findFirst()
                .orElseThrow());
        byId(Select.class, "period-kind").setValue(TargetPeriod.QUARTER);
        byId(IntegerField.class, "year").setValue(2025);
        TextField value = byId(TextField.class, "value");
        value.setValue("95.5");
        _click(byId(Button.class, "save"));
        // no quarter chosen yet
        assertThat(((HasValidation) byId(Select.class, "number")).getErrorMessage()).isEqualTo("Không được để trống");
        byId(Select.class, "number").setValue(3);
        _click(byId(Button.class, "save"));
        assertThat(value.getErrorMessage()).isEqualTo("Nhập tỷ lệ phần trăm, ví dụ 60 hoặc 99,5");
        value.setValue("120");
        _click(byId(Button.class, "save"));
        assertThat(value.getErrorMessage()).isEqualTo("Chỉ tiêu phải lớn hơn 0% và không quá 100%");
        value.setValue("95,5");
        _click(byId(Button.class, "save"));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(EditDialog.class)).isEmpty();
        assertThat(rows()).contains(
                "Tỷ lệ thanh toán trực tuyến | UBND thị trấn Thứa | Quý 3/2025 | ≥ 95,50%");
    }

    @Test
    void deletingATargetAsksFirst() {
        int before = GridKt._size(grid);
        String first = rows().getFirst();
        Component actions = GridKt._getCellComponent(grid, 0, "actions");
        _click(_get(actions, Button.class, s -> s.withAttribute("aria-label", "Xóa")));
        assertThat(Confirmations.cancel()).startsWith("Chỉ tiêu «" + first.split(" \\| ")[0] + "» sẽ bị xóa");
        assertThat(GridKt._size(grid)).isEqualTo(before);
        _click(_get(actions, Button.class, s -> s.withAttribute("aria-label", "Xóa")));
        Confirmations.confirm();
        assertThat(GridKt._size(grid)).isEqualTo(before - 1);
    }
}
