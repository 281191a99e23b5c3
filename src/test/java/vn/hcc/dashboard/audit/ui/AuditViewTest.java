package vn.hcc.dashboard.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.audit.AuditEntry;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.targets.Kpi;
import vn.hcc.dashboard.targets.Target;
import vn.hcc.dashboard.targets.TargetDraft;
import vn.hcc.dashboard.targets.TargetService;

/** The administrator reads the trail in Vietnamese, filters it and sees a change field by field; nobody else opens it. */
class AuditViewTest extends KaribuTest {

    @Autowired
    TargetService targets;

    private AuditView openAsAdmin() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/audit");
        return _get(AuditView.class);
    }

    private static List<List<String>> rows(Grid<AuditEntry> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._getFormattedRow(grid, i).subList(1, 5))
                .toList();
    }

    private static TargetDraft target(Long id, long version, String value) {
        return new TargetDraft(id, version, Kpi.ONLINE_PAYMENT, null, LocalDate.of(2033, 1, 1),
                LocalDate.of(2033, 12, 31), new BigDecimal(value));
    }

    @Test
    void theAdministratorSeesTodaysChangesNewestFirstAndTheFieldsOfOne() {
        AuditView view = openAsAdmin();
        Target t = targets.save(target(null, 0, "65"));
        targets.save(target(t.getId(), t.getVersion(), "75"));
        view.type.setValue(AuditedType.TARGET);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Nhật ký thay đổi");
        assertThat(view.grid.getColumnByKey("actor").getHeaderText()).isEqualTo("Người thực hiện");
        String label = "ONLINE_PAYMENT · 2033-01-01 – 2033-12-31";
        assertThat(rows(view.grid)).containsSequence(List.of("admin", "Chỉ tiêu", label, "Sửa"),
                List.of("admin", "Chỉ tiêu", label, "Thêm mới"));
        view.grid.select(GridKt._get(view.grid, 0));
        assertThat(view.details.getColumnByKey("before").getHeaderText()).isEqualTo("Trước");
        assertThat(GridKt._size(view.details)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.details, 0)).containsExactly("value", "65", "75");
        view.grid.select(GridKt._get(view.grid, 1));
        assertThat(GridKt._getFormattedRow(view.details, 3)).as("no value before a creation")
                .containsExactly("value", "—", "65");
        view.actor.setValue("nobody-else");
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(GridKt._size(view.details)).as("the details follow the selection").isZero();
        view.actor.setValue("");
        view.text.setValue(String.valueOf(t.getId()));
        assertThat(rows(view.grid)).hasSizeGreaterThanOrEqualTo(2).allSatisfy(r -> assertThat(r.get(2)).isEqualTo(label));
        targets.delete(t.getId());
    }

    @Test
    void aReversedPeriodIsMarkedAtTheDateAndShowsNothing() {
        AuditView view = openAsAdmin();
        view.from.setValue(LocalDate.of(2030, 5, 2));
        view.to.setValue(LocalDate.of(2030, 5, 1));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu");
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void everyOtherRoleIsRefused() {
        for (Role role : List.of(Role.DIRECTOR, Role.LEADER, Role.RECEPTION, Role.PAKN_HANDLER)) {
            login("u-" + role, role);
            UI.getCurrent().navigate("admin/audit");
            assertThat(UI.getCurrent().getCurrentView()).as(role.name()).isInstanceOf(AccessDeniedView.class);
        }
    }
}
