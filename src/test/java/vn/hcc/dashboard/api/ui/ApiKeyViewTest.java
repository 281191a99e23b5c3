package vn.hcc.dashboard.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.Confirmations;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.api.ApiKeyRow;
import vn.hcc.dashboard.api.ApiKeyService;
import vn.hcc.dashboard.api.ApiKeyTokens;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.security.Role;

/** The administrator creates a key (its token shown once, working), sees it listed and revokes it; no one else opens the view. */
class ApiKeyViewTest extends KaribuTest {

    @Autowired
    ApiKeyService keys;

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorCreatesSeesAndRevokesAKey() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath)).contains("admin/api-keys");
        UI.getCurrent().navigate("admin/api-keys");
        Grid<ApiKeyRow> grid = _get(Grid.class, spec -> spec.withId("api-keys"));
        int before = GridKt._size(grid);
        String name = "Một cửa tỉnh " + System.nanoTime();

        _click(_get(Button.class, spec -> spec.withId("api-key-new")));
        _get(TextField.class, spec -> spec.withId("api-key-name")).setValue(name);
        _get(Checkbox.class, spec -> spec.withId("api-key-write")).setValue(true);
        _click(_get(Button.class, spec -> spec.withId("save")));

        String token = _get(TextField.class, spec -> spec.withId("api-key-token")).getValue();
        assertThat(ApiKeyTokens.works(keys, token)).isTrue();
        assertThat(GridKt._size(grid)).isEqualTo(before + 1);
        int index = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).key().getName().equals(name)).findFirst().orElseThrow();
        ApiKeyRow row = GridKt._get(grid, index);
        assertThat(GridKt._getFormatted(grid, index, "units")).isEqualTo("Tất cả đơn vị");
        assertThat(GridKt._getFormatted(grid, index, "lastUsed")).isEqualTo("Chưa dùng");
        assertThat(GridKt._getFormatted(grid, index, "scope")).isEqualTo("Đọc (hồ sơ, số liệu), Ghi (gửi hồ sơ)");
        assertThat(row.key().canRead()).isTrue();
        assertThat(row.key().canWrite()).isTrue();
        assertThat(row.unitNames()).isEmpty();
        assertThat(token).hasSizeGreaterThanOrEqualTo(43).startsWith(row.key().getTokenPrefix());
        assertThat(row.key().getLastUsedAt()).isNull();
        _click(_get(Button.class, spec -> spec.withId("api-key-token-close")));

        _click((Button) GridKt._getCellComponent(grid, index, "actions"));
        assertThat(Confirmations.cancel()).contains(name, "bị từ chối");
        assertThat(ApiKeyTokens.works(keys, token)).as("cancelled: the key still works").isTrue();
        _click((Button) GridKt._getCellComponent(grid, index, "actions"));
        Confirmations.confirm();
        assertThat(ApiKeyTokens.works(keys, token)).isFalse();
        int after = java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).key().getName().equals(name)).findFirst().orElseThrow();
        assertThat(GridKt._getFormatted(grid, after, "status")).startsWith("Đã thu hồi");
    }

    @Test
    void nobodyButTheAdministratorOpensIt() {
        for (Role role : new Role[] {Role.DIRECTOR, Role.LEADER, Role.RECEPTION, Role.PAKN_HANDLER}) {
            login("someone", role);
            UI.getCurrent().navigate("admin/api-keys");
            assertThat(UI.getCurrent().getCurrentView()).as(role.name()).isInstanceOf(AccessDeniedView.class);
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getPath)).as(role.name())
                    .doesNotContain("admin/api-keys");
        }
    }
}
