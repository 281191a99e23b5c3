package vn.hcc.dashboard.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.add;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.byId;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.column;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.dialogOpen;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.errorOf;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.pick;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.rowButton;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.save;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.search;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.set;
import static vn.hcc.dashboard.catalog.ui.CatalogUi.type;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import vn.hcc.dashboard.Confirmations;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitDraft;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.Role;

/** The demo units of seed 004: the Lương Tài center, 9 departments, 14 communes. */
class UnitViewTest extends KaribuTest {

    private static final String CENTER = "Trung tâm Phục vụ hành chính công huyện Lương Tài";

    @Autowired
    UnitService units;

    private Grid<Unit> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openView() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/units");
        grid = byId(Grid.class, "units");
    }

    private Unit unit(String code) {
        return units.search(code, null, Pageable.unpaged()).stream().filter(u -> u.getCode().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByKindAndShowsKindAndParentInVietnamese() {
        Select<UnitKind> kind = byId(Select.class, "kind-filter");
        set(kind, UnitKind.COMMUNE);
        assertThat(GridKt._size(grid)).isEqualTo(14);
        assertThat(column(grid, "kind")).containsOnly("UBND xã");
        assertThat(column(grid, "parent")).containsOnly(CENTER);
        assertThat(column(grid, "name")).contains("UBND thị trấn Thứa", "UBND xã Trùng Xá");
        set(kind, UnitKind.CENTER);
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("TTHCC", CENTER, "Trung tâm", "", "Đang hoạt động");
        set(kind, null);
        search("tư pháp");
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "kind")).isEqualTo("Phòng, ban");
    }

    @Test
    void createsAUnit() {
        add();
        type("code", "P-YT");
        type("name", "Phòng Y tế");
        set(byId(Select.class, "kind"), UnitKind.DEPARTMENT);
        pick("parent", CENTER);
        save();
        assertThat(dialogOpen()).isFalse();
        search("P-YT");
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("P-YT", "Phòng Y tế", "Phòng, ban", CENTER,
                "Đang hoạt động");
    }

    @Test
    void showsEachRuleAtItsField() {
        add();
        type("code", "X-THUA");
        type("name", "UBND xã Bình Định mới");
        set(byId(Select.class, "kind"), UnitKind.COMMUNE);
        save();
        assertThat(errorOf("code")).isEqualTo("Mã \"X-THUA\" đã tồn tại");
        assertThat(dialogOpen()).isTrue();

        type("code", "X-MOI");
        type("name", " ");
        save();
        assertThat(errorOf("code")).isNull();
        assertThat(errorOf("name")).isEqualTo("Không được để trống");

        type("name", "UBND xã Lai Hạ");
        save();
        assertThat(errorOf("name")).isEqualTo("Tên \"UBND xã Lai Hạ\" đã tồn tại");
        assertThat(dialogOpen()).isTrue();
    }

    @Test
    void refusesAParentBelowTheUnit() {
        search("TTHCC");
        rowButton(grid, 0, "Sửa");
        pick("parent", "Phòng Tư pháp");
        save();
        assertThat(errorOf("parent"))
                .isEqualTo("Đơn vị cấp trên không được là chính đơn vị này hoặc đơn vị cấp dưới của nó");
        assertThat(dialogOpen()).isTrue();
        assertThat(unit("TTHCC").getParent()).isNull();
    }

    @Test
    void refusesAConcurrentEditAndKeepsTheDialogOpen() {
        search("P-TNMT");
        rowButton(grid, 0, "Sửa");
        type("name", "Phòng Nông nghiệp và Môi trường");
        Unit meanwhile = unit("P-TNMT"); // another administrator renames it first
        units.save(new UnitDraft(meanwhile.getId(), meanwhile.getVersion(), "P-TNMT",
                "Phòng Tài nguyên – Môi trường", UnitKind.DEPARTMENT, meanwhile.getParent().getId(), true));
        save();
        NotificationsKt.expectNotifications("Bản ghi này vừa được người khác sửa sau khi bạn mở. Thay đổi của bạn "
                + "chưa được lưu: hãy mở lại bản ghi để xem dữ liệu mới rồi sửa lại.");
        assertThat(dialogOpen()).isTrue();
        assertThat(unit("P-TNMT").getName()).isEqualTo("Phòng Tài nguyên – Môi trường");
    }

    @Test
    void refusesToDeleteAUnitInUseAndDeletesAnUnusedOne() {
        search("P-TP");
        rowButton(grid, 0, "Xóa");
        Confirmations.confirm();
        NotificationsKt.expectNotifications(
                "Không thể xóa: đơn vị đang có đơn vị cấp dưới, thủ tục hoặc hồ sơ; hãy chuyển sang ngừng hoạt động");
        assertThat(GridKt._size(grid)).isEqualTo(1);

        units.save(new UnitDraft(null, 0, "TO-MCLT", "Tổ một cửa liên thông", UnitKind.DEPARTMENT,
                unit("TTHCC").getId(), true));
        search("TO-MCLT");
        rowButton(grid, 0, "Xóa");
        assertThat(Confirmations.confirm()).startsWith("Đơn vị «Tổ một cửa liên thông» sẽ bị xóa");
        NotificationsKt.expectNotifications("Đã xóa");
        assertThat(GridKt._size(grid)).isZero();
    }
}
