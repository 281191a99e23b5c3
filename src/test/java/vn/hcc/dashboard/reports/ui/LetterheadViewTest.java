package vn.hcc.dashboard.reports.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.reports.LetterheadDraft;
import vn.hcc.dashboard.reports.LetterheadService;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The letterhead form: leadership sees the center's letterhead and its preview, changes a unit's, is told at the
 * field what is wrong and when someone else saved first; directors and reception may not open it.
 */
class LetterheadViewTest extends KaribuTest {

    /** The Karibu context is shared: the department's letterhead is removed again after each test. */
    @AfterEach
    void noDepartmentLetterhead() {
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update(
                "DELETE FROM report_letterhead WHERE unit_id = (SELECT id FROM org_unit WHERE code = 'P-TP')");
    }

    private static TextField field(String key) {
        return _get(TextField.class, spec -> spec.withId("letterhead-" + key));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<Unit> unit() {
        return _get(ComboBox.class, spec -> spec.withId("letterhead-unit"));
    }

    private static String preview() {
        return _get(Div.class, spec -> spec.withId("letterhead-preview")).getElement().getTextRecursively();
    }

    private static void choose(String code) {
        ComboBox<Unit> unit = unit();
        unit.setValue(unit.getListDataView().getItems().filter(u -> u.getCode().equals(code)).findFirst()
                .orElseThrow());
    }

    @Test
    void leadershipSeesTheCentersLetterheadAsItPrints() {
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("reports/letterhead");
        assertThat(unit().getValue().getCode()).isEqualTo("TTHCC");
        assertThat(field("issuer").getValue()).isEqualTo("Trung tâm Phục vụ hành chính công");
        assertThat(field("numberSymbol").getValue()).isEqualTo("BC-TTPVHCC");
        assertThat(preview()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "UBND HUYỆN LƯƠNG TÀI", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Số:        /BC-TTPVHCC",
                "Lương Tài, ngày ", "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC", "Trần Thị Minh", "Phạm Thị Lan");
    }

    @Test
    void aUnitsLetterheadIsSavedAndThePreviewFollowsTheTyping() {
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("reports/letterhead");
        choose("P-TP");
        assertThat(field("issuer").getValue()).isEqualTo("PHÒNG TƯ PHÁP");
        field("headTitle").setValue("Trưởng phòng");
        field("headName").setValue("Lê Văn Nam");
        field("numberSymbol").setValue("BC-PTP");
        assertThat(preview()).contains("TRƯỞNG PHÒNG", "Lê Văn Nam", "Số:        /BC-PTP");
        _click(_get(Button.class, spec -> spec.withId("letterhead-save")));
        LetterheadDraft stored = SystemAccess.asAdmin(() -> context.getBean(LetterheadService.class)
                .letterhead(unit().getValue().getId()));
        assertThat(stored.version()).isNotNull();
        assertThat(List.of(stored.headTitle(), stored.headName(), stored.numberSymbol()))
                .containsExactly("Trưởng phòng", "Lê Văn Nam", "BC-PTP");
    }

    @Test
    void aBadSymbolIsExplainedAtItsFieldAndNothingIsSaved() {
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("reports/letterhead");
        choose("P-TP");
        field("numberSymbol").setValue("BC UBND");
        _click(_get(Button.class, spec -> spec.withId("letterhead-save")));
        assertThat(field("numberSymbol").isInvalid()).isTrue();
        assertThat(field("numberSymbol").getErrorMessage())
                .isEqualTo("Chỉ gồm chữ, số và dấu gạch nối, ví dụ BC-UBND");
        assertThat(SystemAccess.asAdmin(() -> context.getBean(LetterheadService.class)
                .letterhead(unit().getValue().getId())).version()).isNull();
    }

    @Test
    void aSaveAfterSomeoneElsesIsRefusedAndExplained() {
        login("lanhdao", Role.LEADER);
        UI.getCurrent().navigate("reports/letterhead");
        choose("P-TP");
        Long id = unit().getValue().getId();
        // another leader saves the same unit's letterhead while this form is open
        SystemAccess.asAdmin(() -> context.getBean(LetterheadService.class).save(new LetterheadDraft(id, null, "",
                "Phòng Tư pháp", "BC-KHAC", "", "", "", "")));
        field("headName").setValue("Lê Văn Nam");
        _click(_get(Button.class, spec -> spec.withId("letterhead-save")));
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("Bản ghi này vừa được người khác "
                + "sửa sau khi bạn mở. Thay đổi của bạn chưa được lưu: hãy mở lại bản ghi để xem dữ liệu mới rồi sửa lại.");
        assertThat(SystemAccess.asAdmin(() -> context.getBean(LetterheadService.class).letterhead(id)).numberSymbol())
                .isEqualTo("BC-KHAC");
    }

    @Test
    void onlyLeadershipAndTheAdministratorOpenIt() {
        for (Role role : List.of(Role.LEADER, Role.ADMIN)) {
            login("u-" + role, role);
            UI.getCurrent().navigate("reports/letterhead");
            assertThat(UI.getCurrent().getCurrentView()).as(role.name()).isInstanceOf(LetterheadView.class);
        }
        for (Role role : List.of(Role.DIRECTOR, Role.RECEPTION, Role.PAKN_HANDLER)) {
            login("u-" + role, role);
            UI.getCurrent().navigate("reports/letterhead");
            assertThat(UI.getCurrent().getCurrentView()).as(role.name()).isInstanceOf(AccessDeniedView.class);
        }
    }
}
