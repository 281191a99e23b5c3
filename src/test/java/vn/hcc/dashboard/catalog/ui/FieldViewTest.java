package vn.hcc.dashboard.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.add;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.byId;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.column;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.dialogOpen;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.errorOf;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.rowButton;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.save;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.search;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.type;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.Confirmations;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.security.Role;

/** The six demo fields of seed 000's form; the test that counts them runs before any is added. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FieldViewTest extends KaribuTest {

    @Autowired
    FieldService fields;

    private Grid<WorkField> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openView() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/fields");
        grid = byId(Grid.class, "fields");
    }

    private WorkField field(String code) {
        return fields.listAll().stream().filter(f -> f.getCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void showsTheDemoFields() {
        assertThat(column(grid, "name")).containsExactlyInAnyOrder("Bảo trợ xã hội", "Chứng thực", "Hộ tịch",
                "Người có công", "Đất đai", "Đăng ký kinh doanh");
        search("tịch");
        assertThat(column(grid, "code")).containsExactly("HT");
    }

    @Test
    void createsAField() {
        add();
        type("code", "NCN");
        type("name", "Nuôi con nuôi");
        save();
        assertThat(dialogOpen()).isFalse();
        search("NCN");
        assertThat(column(grid, "name")).containsExactly("Nuôi con nuôi");
    }

    @Test
    void showsEachRuleAtItsField() {
        add();
        type("code", "HT");
        type("name", "Hộ tịch – Quốc tịch");
        save();
        assertThat(errorOf("code")).isEqualTo("Mã \"HT\" đã tồn tại");
        type("code", "QT");
        type("name", "  ");
        save();
        assertThat(errorOf("code")).isNull();
        assertThat(errorOf("name")).isEqualTo("Không được để trống");
        type("name", "Chứng thực");
        save();
        assertThat(errorOf("name")).isEqualTo("Tên \"Chứng thực\" đã tồn tại");
        assertThat(dialogOpen()).isTrue();
    }

    @Test
    void refusesAConcurrentEditAndKeepsTheDialogOpen() {
        search("DKKD");
        rowButton(grid, 0, "Sửa");
        type("name", "Đăng ký hộ kinh doanh");
        WorkField f = field("DKKD"); // another administrator renames it first
        fields.save(f.getId(), f.getVersion(), "DKKD", "Đăng ký kinh doanh hộ cá thể");
        save();
        NotificationsKt.expectNotifications("Bản ghi này vừa được người khác sửa sau khi bạn mở. Thay đổi của bạn "
                + "chưa được lưu: hãy mở lại bản ghi để xem dữ liệu mới rồi sửa lại.");
        assertThat(dialogOpen()).isTrue();
        assertThat(field("DKKD").getName()).isEqualTo("Đăng ký kinh doanh hộ cá thể");
    }

    @Test
    void refusesToDeleteAFieldInUse() {
        search("HT");
        rowButton(grid, 0, "Xóa");
        assertThat(Confirmations.confirm()).isEqualTo(
                "Lĩnh vực «Hộ tịch» sẽ bị xóa khỏi danh mục. Việc này không thể hoàn tác.");
        NotificationsKt.expectNotifications("Không thể xóa: lĩnh vực đang được dùng cho thủ tục hoặc hồ sơ");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(field("HT").getName()).isEqualTo("Hộ tịch");
    }
}
