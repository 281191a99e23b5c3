package vn.hcc.dashboard.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.queue.ui.QueueUi.byId;
import static vn.hcc.dashboard.queue.ui.QueueUi.column;
import static vn.hcc.dashboard.queue.ui.QueueUi.press;
import static vn.hcc.dashboard.queue.ui.QueueUi.registerBrowser;
import static vn.hcc.dashboard.queue.ui.QueueUi.set;
import static vn.hcc.dashboard.queue.ui.QueueUi.text;
import static vn.hcc.dashboard.queue.ui.QueueUi.useToken;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.Confirmations;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.ui.AccessDeniedView;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.RegisteredDevice;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The kiosk and the display open only on a registered device; anyone else sees how to register it and no button. The
 * administrator registers and revokes devices in the counters admin.
 */
class PublicDeviceViewTest extends KaribuTest {

    private static final String HOW_TO = "Thiết bị chưa được đăng ký để mở trang này: quản trị viên tạo thiết bị tại "
            + "Quản trị › Quầy giao dịch (mục Thiết bị công cộng) và mở đường dẫn đăng ký trên thiết bị này.";

    @Autowired
    DeviceService devices;
    @Autowired
    TestClock clock;

    private void assertNotRegistered() {
        assertThat(byId(Div.class, "device-not-registered").getElement().getTextRecursively()).contains("Thiết bị chưa được đăng ký", HOW_TO);
        assertThat(_find(Button.class)).as("no ticket button").isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("choices"))).isEmpty();
        assertThat(_find(Div.class, spec -> spec.withId("counters"))).isEmpty();
    }

    /** The database goes back after the class, not after each test: every device has a name of its own. */
    private static String name(String prefix) {
        return prefix + " " + System.nanoTime();
    }

    private void revoke(RegisteredDevice d) {
        SystemAccess.asAdmin(() -> devices.revoke(d.device().getId()));
    }

    @Test
    void anUnregisteredBrowserSeesHowToRegisterAndNoButton() {
        UI.getCurrent().navigate("kiosk");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(KioskView.class);
        assertNotRegistered();
        UI.getCurrent().navigate("display");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DisplayView.class);
        assertNotRegistered();
        useToken("made-up");
        UI.getCurrent().navigate("kiosk");
        assertNotRegistered();
    }

    @Test
    void aDeviceOpensOnlyThePageOfItsKind() {
        registerBrowser(devices, DeviceKind.DISPLAY, name("Màn hình"));
        UI.getCurrent().navigate("kiosk");
        assertNotRegistered();
        UI.getCurrent().navigate("display");
        assertThat(_find(Div.class, spec -> spec.withId("counters"))).hasSize(1);
    }

    @Test
    void aRevokedKioskShowsNoButton() {
        RegisteredDevice kiosk = registerBrowser(devices, DeviceKind.KIOSK, name("Kiosk"));
        UI.getCurrent().navigate("kiosk");
        assertThat(_find(Button.class)).isNotEmpty();
        revoke(kiosk);
        UI.getCurrent().getPage().reload();
        assertNotRegistered();
    }

    @Test
    void aKioskRevokedWhileOpenIsRefusedAtTheNextTouch() {
        RegisteredDevice kiosk = registerBrowser(devices, DeviceKind.KIOSK, name("Kiosk"));
        UI.getCurrent().navigate("kiosk");
        revoke(kiosk);
        press("issue-HT");
        NotificationsKt.expectNotifications("Thiết bị chưa được đăng ký hoặc đã bị thu hồi. Xin liên hệ quản trị viên.");
        assertNotRegistered();
    }

    @Test
    void theKioskSaysKindlyWhenItHasIssuedItsShareOfTheMinute() {
        clock.set(LocalDateTime.of(2025, 5, 6, 8, 0));
        registerBrowser(devices, DeviceKind.KIOSK, name("Kiosk"));
        UI.getCurrent().navigate("kiosk");
        for (int i = 1; i <= 6; i++) {
            press("issue-HT");
            assertThat(text("ticket-number")).isEqualTo("HT-00" + i);
            press("done");
        }
        press("issue-HT");
        NotificationsKt.expectNotifications("Máy lấy số đang cấp quá nhiều số: mỗi phút chỉ cấp được 6 số. "
                + "Xin vui lòng chờ một chút rồi chọn lại.");
        assertThat(_find(Div.class, spec -> spec.withId("choices"))).as("the buttons stay").hasSize(1);
        clock.set(LocalDateTime.of(2025, 5, 6, 8, 1, 1));
        press("issue-HT");
        assertThat(text("ticket-number")).isEqualTo("HT-007");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAdministratorRegistersAKioskSeesItsLinkOnceAndRevokesIt() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/counters");
        press("device-new");
        press("save");
        assertThat(byId(TextField.class, "device-name").getErrorMessage()).isEqualTo("Không được để trống");
        set(byId(TextField.class, "device-name"), "Kiosk tầng 2");
        ComboBox<DeviceKind> kind = byId(ComboBox.class, "device-kind");
        set(kind, DeviceKind.KIOSK);
        press("save");

        String link = byId(TextField.class, "registration-link").getValue();
        assertThat(link).matches("http://[^/]+/thiet-bi/dang-ky\\?token=[A-Za-z0-9_-]{43}");
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(devices.kindOf(token)).contains(DeviceKind.KIOSK);
        press("registration-link-close");
        assertThat(_find(TextField.class, spec -> spec.withId("registration-link"))).as("shown once").isEmpty();

        Grid<?> grid = byId(Grid.class, "devices");
        int row = column(grid, "name").indexOf("Kiosk tầng 2");
        assertThat(GridKt._getFormatted(grid, row, "kind")).isEqualTo("Máy lấy số (kiosk)");
        assertThat(GridKt._getFormatted(grid, row, "created")).startsWith("admin, ");
        assertThat(GridKt._getFormatted(grid, row, "lastSeen")).isEqualTo("Chưa mở lần nào");
        _click(_get(GridKt._getCellComponent(grid, row, "actions"), Button.class));
        assertThat(Confirmations.confirm()).startsWith("Thiết bị «Kiosk tầng 2» sẽ bị thu hồi");
        NotificationsKt.expectNotifications("Đã thu hồi thiết bị");
        assertThat(devices.kindOf(token)).isEmpty();
        row = column(grid, "name").indexOf("Kiosk tầng 2");
        assertThat(row).as("revoked devices come last").isEqualTo(GridKt._size(grid) - 1);
        assertThat(GridKt._getFormatted(grid, row, "status")).startsWith("Đã thu hồi ");
        assertThat(_find(GridKt._getCellComponent(grid, row, "actions"), Button.class))
                .as("no revoke button: revoked once for all").isEmpty();
    }

    @Test
    void nobodyButTheAdministratorSeesTheDevices() {
        for (Role role : new Role[] {Role.DIRECTOR, Role.LEADER, Role.RECEPTION}) {
            login("someone", role);
            UI.getCurrent().navigate("admin/counters");
            assertThat(UI.getCurrent().getCurrentView()).as("%s", role).isInstanceOf(AccessDeniedView.class);
            assertThat(_find(Span.class, spec -> spec.withId("devices-panel"))).isEmpty();
            assertThat(_find(Grid.class, spec -> spec.withId("devices"))).isEmpty();
        }
    }
}
