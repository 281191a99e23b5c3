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
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureDraft;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.security.Role;

/** The 16 demo procedures of seed 000's form; the one test that counts them runs before any is added. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcedureViewTest extends KaribuTest {

    @Autowired
    ProcedureService procedures;

    private Grid<Procedure> grid;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void openView() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/procedures");
        grid = byId(Grid.class, "procedures");
    }

    /** Fills the new-procedure dialog with a valid land procedure; tests then spoil one value. */
    @SuppressWarnings("unchecked")
    private void fillNewLandProcedure(String code) {
        add();
        type("code", code);
        set(byId(com.vaadin.flow.component.textfield.TextArea.class, "name"),
                "Đăng ký đất đai, tài sản gắn liền với đất lần đầu");
        pick("field", "Đất đai");
        pick("unit", "Chi nhánh Văn phòng đăng ký đất đai");
        set(byId(Select.class, "onlineLevel"), OnlineLevel.PARTLY);
        type("processingDays", "30");
        type("fee", "1.250.000");
    }

    @Test
    @Order(1)
    void showsTheDemoCatalogueWithVietnameseLabelsAndFormats() {
        assertThat(GridKt._size(grid)).isEqualTo(16);
        assertThat(column(grid, "code").getFirst()).isEqualTo("BTXH-01"); // sorted by code
        search("DD-01");
        assertThat(GridKt._getFormattedRow(grid, 0)).startsWith("DD-01",
                "Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", "Đất đai",
                "Chi nhánh Văn phòng đăng ký đất đai", "Một phần", "10", "53.366.000 đ", "Đang áp dụng");
        search("HT-04");
        assertThat(GridKt._getFormatted(grid, 0, "onlineLevel")).isEqualTo("Toàn trình");
        assertThat(GridKt._getFormatted(grid, 0, "fee")).isEqualTo("0 đ");
    }

    @Test
    @Order(2)
    void filtersByFieldAndUnit() {
        pick("field-filter", "Hộ tịch");
        assertThat(GridKt._size(grid)).isEqualTo(9);
        assertThat(column(grid, "field")).containsOnly("Hộ tịch");
        set(byId(ComboBox.class, "field-filter"), null);
        pick("unit-filter", "Phòng Lao động – Thương binh và Xã hội");
        assertThat(column(grid, "code")).containsExactly("BTXH-01", "NCC-01");
        pick("field-filter", "Chứng thực");
        assertThat(column(grid, "code")).isEmpty();
        pick("unit-filter", "Phòng Tư pháp");
        assertThat(column(grid, "code")).containsExactly("CT-01", "CT-02", "CT-03");
        search("chữ ký");
        assertThat(column(grid, "code")).containsExactly("CT-03");
    }

    @Test
    void createsAProcedureWithAFeeTypedTheVietnameseWay() {
        fillNewLandProcedure("DD-02");
        save();
        assertThat(dialogOpen()).isFalse();
        search("DD-02");
        assertThat(GridKt._getFormatted(grid, 0, "fee")).isEqualTo("1.250.000 đ");
        assertThat(GridKt._getFormatted(grid, 0, "processingDays")).isEqualTo("30");
        assertThat(procedures.findByCode("DD-02").orElseThrow().getFee()).isEqualTo(1_250_000);
    }

    @Test
    void showsEachRuleAtItsField() {
        fillNewLandProcedure("HT-01");
        save();
        assertThat(errorOf("code")).isEqualTo("Mã \"HT-01\" đã tồn tại");

        type("code", "DD-03");
        type("fee", "-50.000");
        save();
        assertThat(errorOf("code")).isNull();
        assertThat(errorOf("fee")).isEqualTo("Giá trị phải từ 0 đến 1.000.000.000.000");

        type("fee", "1,5");
        save();
        assertThat(errorOf("fee")).isEqualTo("Vui lòng nhập số nguyên");

        type("fee", "53.366.000 đ");
        type("processingDays", "ba mươi");
        save();
        assertThat(errorOf("fee")).isNull();
        assertThat(errorOf("processingDays")).isEqualTo("Vui lòng nhập số nguyên");

        type("processingDays", "300");
        save();
        assertThat(errorOf("processingDays")).isEqualTo("Giá trị phải từ 0 đến 250");

        type("processingDays", "30");
        set(byId(com.vaadin.flow.component.textfield.TextArea.class, "name"), "");
        save();
        assertThat(errorOf("name")).isEqualTo("Không được để trống");
        assertThat(dialogOpen()).isTrue();
        assertThat(procedures.findByCode("DD-03")).isEmpty();
    }

    @Test
    void editShowsTheStoredValuesAndTheAfternoonCutOff() {
        search("CT-02");
        rowButton(grid, 0, "Sửa");
        assertThat(byId(TextField.class, "fee").getValue()).isEqualTo("2.000");
        assertThat(byId(TextField.class, "processingDays").getValue()).isEqualTo("0");
        Checkbox cutoff = byId(Checkbox.class, "afternoonCutoff");
        assertThat(cutoff.getLabel()).isEqualTo("Nhận sau 15:00 tính sang ngày làm việc kế tiếp");
        assertThat(cutoff.getValue()).isTrue();
        assertThat(byId(ComboBox.class, "unit").getValue()).hasToString("Phòng Tư pháp");
    }

    @Test
    void refusesAConcurrentEditAndKeepsTheDialogOpen() {
        search("DKKD-01");
        rowButton(grid, 0, "Sửa");
        type("fee", "150.000");
        Procedure p = procedures.findByCode("DKKD-01").orElseThrow(); // another administrator changes the fee first
        procedures.save(new ProcedureDraft(p.getId(), p.getVersion(), p.getCode(), p.getName(), p.getField().getId(),
                p.getUnit().getId(), p.getOnlineLevel(), p.getProcessingDays(), 120_000, p.isAfternoonCutoff(),
                p.isActive()));
        save();
        NotificationsKt.expectNotifications("Bản ghi này vừa được người khác sửa sau khi bạn mở. Thay đổi của bạn "
                + "chưa được lưu: hãy mở lại bản ghi để xem dữ liệu mới rồi sửa lại.");
        assertThat(dialogOpen()).isTrue();
        assertThat(procedures.findByCode("DKKD-01").orElseThrow().getFee()).isEqualTo(120_000);
    }
}
