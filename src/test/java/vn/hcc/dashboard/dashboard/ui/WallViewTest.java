package vn.hcc.dashboard.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.queue.DeviceDraft;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.security.ui.LoginView;

/**
 * Who sees the wall: the director, the leader and the administrator signed in, or a TV registered as a wall; reception
 * and PAKN handlers are refused, a browser without a device cookie is sent to sign in, another device's cookie opens
 * nothing. A ticket taken at the kiosk repaints an open wall through Push.
 */
class WallViewTest extends KaribuTest {

    @Autowired
    DeviceService devices;
    @Autowired
    QueueService queue;
    @Autowired
    FieldService fields;
    @Autowired
    TestClock clock;

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private void useDevice(DeviceKind kind) {
        String token = SystemAccess.asAdmin(() -> devices.register(new DeviceDraft(
                "Thiết bị " + kind + " " + System.nanoTime(), kind, null)).token());
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setCookiesInt(new Cookie[] {new Cookie(DeviceService.COOKIE, token)});
    }

    private static void assertShowsTheWall() {
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(WallView.class);
        assertThat(text("wall-waiting")).matches("[0-9.]+");
        assertThat(text("wall-overdue")).matches("[0-9.]+");
        assertThat(text("wall-intake-today")).matches("[0-9.]+");
        assertThat(_find(Div.class, spec -> spec.withId("wall-counters"))).hasSize(1);
        assertThat(_find(SideNavItem.class)).as("no navigation").isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Anchor.class)).as("no link out").isEmpty();
    }

    private static void assertNoFigure() {
        assertThat(_find(Span.class, spec -> spec.withId("wall-waiting"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("wall-counters"))).isEmpty();
    }

    @Test
    void directorLeaderAndAdministratorSeeTheWall() {
        for (Role role : new Role[] {Role.DIRECTOR, Role.LEADER, Role.ADMIN}) {
            login("user-" + role.name().toLowerCase(), role);
            UI.getCurrent().navigate("wall");
            assertShowsTheWall();
        }
    }

    @Test
    void receptionAndPaknHandlersAreRefused() {
        for (Role role : new Role[] {Role.RECEPTION, Role.PAKN_HANDLER}) {
            login("user-" + role.name().toLowerCase(), role);
            UI.getCurrent().navigate("wall");
            assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
            assertNoFigure();
        }
    }

    @Test
    void anUnregisteredBrowserSeesNoFigureAndIsSentToSignIn() {
        UI.getCurrent().navigate("wall");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
        assertNoFigure();
    }

    @Test
    void aRegisteredWallTvSeesTheWallWithoutSigningIn() {
        useDevice(DeviceKind.WALL);
        UI.getCurrent().navigate("wall");
        assertShowsTheWall();
    }

    @Test
    void aDisplayOrAMadeUpTokenDoesNotOpenTheWall() {
        useDevice(DeviceKind.DISPLAY);
        UI.getCurrent().navigate("wall");
        assertThat(_find(Div.class, spec -> spec.withId("device-not-registered"))).hasSize(1);
        assertNoFigure();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setCookiesInt(new Cookie[] {new Cookie(DeviceService.COOKIE, "made-up")});
        UI.getCurrent().navigate("wall");
        assertNoFigure();
    }

    @Test
    void aTicketTakenAtTheKioskRepaintsAnOpenWall() throws InterruptedException {
        clock.set(LocalDateTime.of(2026, 7, 6, 8, 0));
        useDevice(DeviceKind.WALL);
        UI.getCurrent().navigate("wall");
        String before = text("wall-waiting");
        SystemAccess.asAdmin(() -> TestKiosk.issue(devices, queue, QueueTestIds.field(fields, "HT")));
        await(() -> !text("wall-waiting").equals(before));
        assertThat(text("wall-waiting")).isEqualTo(String.valueOf(Long.parseLong(before) + 1));
        assertThat(_get(Div.class, spec -> spec.withId("wall-waiting-detail")).getElement().getTextRecursively())
                .isEqualTo("Chờ lâu nhất: 0 phút (số HT-001)");
    }

    /** Push repaints through {@code UI.access}, which karibu runs on a client round trip. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(20);
        }
    }
}
