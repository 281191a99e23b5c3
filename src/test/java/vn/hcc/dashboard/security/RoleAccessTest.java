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
    /**
     * Routes that open without login (the ticket kiosk, the hall display, the rating tablet, the public PAKN answers), outside the
     * layout and its menu.
     */
    private static final Set<String> PUBLIC = Set.of("kiosk", "display", "danh-gia", "gop-y", "gop-y/gui",
            "gop-y/tra-cuu", "hang-cho");

    /** Routes opened from a list (one item by its id), not from the side navigation. */
    private static final Set<String> NOT_IN_MENU = Set.of("intake/apology-letter", "pakn/item", "bench-empty",
            // the wall is for a TV in full screen: opened by its URL, not from the menu; a visit from a ticket or dossier
            "wall", "visit");

    /** Route → roles that may open it. */
    private static final Map<String, Set<Role>> ACCESS = new LinkedHashMap<>();

    static {
        // route -> what it requires; the roles come from the one permission table
        ACCESS.put("", EVERYONE);
        route("intake", Permission.DOSSIER_VIEW);
        route("intake/import", Permission.DOSSIER_IMPORT);
        route("intake/apology-letter", Permission.DOSSIER_VIEW);
        route("visit", Permission.VISIT_VIEW);
        // the benchmark's anchor page (test classes only): the first-paint bench measures the dashboard against it
        route("bench-empty", Permission.DASHBOARD_VIEW);
        route("admin/users", Permission.USER_ADMIN);
        route("admin/units", Permission.CATALOG_EDIT);
        route("admin/fields", Permission.CATALOG_EDIT);
        route("admin/procedures", Permission.CATALOG_EDIT);
        route("admin/holidays", Permission.CATALOG_EDIT);
        route("admin/audit", Permission.AUDIT_VIEW);
        route("admin/api-keys", Permission.API_ADMIN);
        route("queue/counter", Permission.QUEUE_SERVE);
        route("queue/figures", Permission.DASHBOARD_VIEW);
        // also opens without login on a registered wall TV (WallViewTest); a person is sent to sign in
        route("wall", Permission.WALL_VIEW);
        route("admin/counters", Permission.CATALOG_EDIT);
        route("admin/opening-hours", Permission.CATALOG_EDIT);
        route("targets", Permission.TARGET_EDIT);
        route("dashboard", Permission.DASHBOARD_VIEW);
        route("scorecard", Permission.SCORECARD_VIEW);
        route("danh-gia-hai-long", Permission.RATING_VIEW);
        route("reports", Permission.REPORT_EXPORT);
        route("reports/letterhead", Permission.LETTERHEAD_EDIT);
        route("pakn", Permission.PAKN_INBOX);
        route("pakn/all", Permission.PAKN_VIEW_ALL);
        route("pakn/item", Permission.PAKN_VIEW);
        route("equipment", Permission.EQUIPMENT_VIEW);
        route("equipment/outages", Permission.EQUIPMENT_VIEW);
        route("equipment/checklist", Permission.EQUIPMENT_VIEW);
        route("staff", Permission.STAFF_VIEW);
        route("duty-schedule", Permission.STAFF_VIEW);
        ACCESS.put("my-schedule", EVERYONE);
    }

    private static void route(String route, Permission permission) {
        ACCESS.put(route, permission.roles());
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(r -> r.getTemplate().replaceFirst("/:___url_parameter\\??$", "")).filter(t -> !t.equals("login")).collect(Collectors.toCollection(TreeSet::new));
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
            // links only between the public pages themselves (sending, tracking, the published answers)
            assertThat(_find(com.vaadin.flow.component.html.Anchor.class)).as("/%s links", route)
                    .allSatisfy(a -> assertThat(PUBLIC).contains(a.getHref().replaceFirst("\\?.*", "")));
            assertThat(_find(com.vaadin.flow.router.RouterLink.class)).isEmpty();
        }
    }
}
