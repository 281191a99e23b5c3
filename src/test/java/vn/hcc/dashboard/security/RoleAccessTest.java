package vn.hcc.dashboard.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.security.ui.LoginView;

/**
 * For every role, the exact set of views it can open and is refused, by direct navigation and in the side
 * navigation. A new route must be added to {@link #ACCESS}, or {@link #everyRouteIsInTheMatrix} fails.
 */
class RoleAccessTest extends KaribuTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> INTAKE = EnumSet.of(Role.RECEPTION, Role.DIRECTOR, Role.ADMIN);
    private static final Set<Role> OVERSIGHT = EnumSet.of(Role.DIRECTOR, Role.LEADER, Role.ADMIN);

    /**
     * Routes that open without login (the ticket kiosk, the hall display, the public PAKN answers), outside the
     * layout and its menu.
     */
    private static final Set<String> PUBLIC = Set.of("kiosk", "display", "gop-y");

    /** Routes opened from a list (one item by its id), not from the side navigation. */
    private static final Set<String> NOT_IN_MENU = Set.of("pakn/item");

    /** Route → roles that may open it. */
    private static final Map<String, Set<Role>> ACCESS = new LinkedHashMap<>();

    static {
        ACCESS.put("", EVERYONE);
        ACCESS.put("intake", EnumSet.of(Role.RECEPTION, Role.DIRECTOR, Role.LEADER, Role.ADMIN));
        ACCESS.put("intake/import", INTAKE);
        ACCESS.put("admin/users", ADMIN);
        ACCESS.put("admin/units", ADMIN);
        ACCESS.put("admin/fields", ADMIN);
        ACCESS.put("admin/procedures", ADMIN);
        ACCESS.put("admin/holidays", ADMIN);
        ACCESS.put("queue/counter", INTAKE);
        ACCESS.put("queue/figures", OVERSIGHT);
        ACCESS.put("admin/counters", ADMIN);
        ACCESS.put("targets", EnumSet.of(Role.DIRECTOR, Role.ADMIN));
        ACCESS.put("dashboard", EnumSet.of(Role.DIRECTOR, Role.LEADER, Role.ADMIN));
        ACCESS.put("reports", EnumSet.of(Role.LEADER, Role.DIRECTOR, Role.ADMIN));
        ACCESS.put("reports/letterhead", EnumSet.of(Role.LEADER, Role.ADMIN));
        ACCESS.put("pakn", EnumSet.of(Role.PAKN_HANDLER));
        ACCESS.put("pakn/all", OVERSIGHT);
        ACCESS.put("pakn/item", EnumSet.of(Role.PAKN_HANDLER, Role.DIRECTOR, Role.LEADER, Role.ADMIN));
        ACCESS.put("equipment", OVERSIGHT);
        ACCESS.put("equipment/outages", OVERSIGHT);
        ACCESS.put("equipment/checklist", OVERSIGHT);
        ACCESS.put("staff", OVERSIGHT);
        ACCESS.put("duty-schedule", OVERSIGHT);
        ACCESS.put("my-schedule", EVERYONE);
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getTemplate()).filter(t -> !t.equals("login")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = new TreeSet<>(ACCESS.keySet());
        known.addAll(PUBLIC);
        assertThat(routes).containsExactlyInAnyOrderElementsOf(known);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleOpensExactlyItsViewsAndIsRefusedTheOthers(Role role) {
        login("user-" + role.name().toLowerCase(), role);
        for (Map.Entry<String, Set<Role>> entry : ACCESS.entrySet()) {
            UI.getCurrent().navigate(entry.getKey());
            Component view = UI.getCurrent().getCurrentView();
            if (entry.getValue().contains(role)) {
                assertThat(view.getClass().getAnnotation(Route.class))
                        .as("%s opens /%s", role, entry.getKey()).isNotNull();
                assertThat(view.getClass().getAnnotation(Route.class).value()).isEqualTo(entry.getKey());
            } else {
                assertThat(view).as("%s is refused /%s", role, entry.getKey()).isInstanceOf(AccessDeniedView.class);
            }
        }
        for (String route : PUBLIC) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getCurrentView().getClass().getAnnotation(Route.class).value())
                    .as("%s opens /%s", role, route).isEqualTo(route);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void navigationListsExactlyTheViewsTheRoleMayOpen(Role role) {
        login("user-" + role.name().toLowerCase(), role);
        UI.getCurrent().navigate("");
        Set<String> shown = _find(SideNavItem.class).stream().map(SideNavItem::getPath)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> allowed = ACCESS.entrySet().stream().filter(e -> e.getValue().contains(role))
                .map(Map.Entry::getKey).filter(r -> !NOT_IN_MENU.contains(r))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(shown).isEqualTo(allowed);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        for (String route : ACCESS.keySet()) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getCurrentView()).as("anonymous /%s", route).isInstanceOf(LoginView.class);
        }
    }

    /**
     * The kiosk, the display and the public answers open without login, alone: no layout, no side navigation, no
     * link elsewhere.
     */
    @Test
    void anonymousVisitorsOpenOnlyThePublicPages() {
        for (String route : PUBLIC) {
            UI.getCurrent().navigate(route);
            Component view = UI.getCurrent().getCurrentView();
            assertThat(view.getClass().getAnnotation(Route.class).value()).as("anonymous /%s", route).isEqualTo(route);
            assertThat(view.getParent()).as("/%s has no layout", route).containsInstanceOf(UI.class);
            assertThat(_find(SideNavItem.class)).as("/%s shows no navigation", route).isEmpty();
            assertThat(_find(com.vaadin.flow.component.html.Anchor.class)).isEmpty();
            assertThat(_find(com.vaadin.flow.router.RouterLink.class)).isEmpty();
        }
    }
}
