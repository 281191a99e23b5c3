package vn.hcc.dashboard.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.queue.ui.QueueUi.await;
import static vn.hcc.dashboard.queue.ui.QueueUi.byId;
import static vn.hcc.dashboard.queue.ui.QueueUi.press;
import static vn.hcc.dashboard.queue.ui.QueueUi.registerBrowser;
import static vn.hcc.dashboard.queue.ui.QueueUi.text;
import static vn.hcc.dashboard.queue.ui.QueueUi.useToken;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.MainLayout;
import vn.hcc.dashboard.queue.CounterDraft;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueField;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.RegisteredDevice;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.security.ui.LoginView;

/**
 * The citizens' side, without login: the touch kiosk and the hall display, each on a registered device. Nobody signs
 * in in this class.
 */
class KioskAndDisplayViewTest extends KaribuTest {

    @Autowired
    QueueService queue;
    @Autowired
    DeviceService devices;
    @Autowired
    CounterService counters;

    private long field(String code) {
        return queue.kioskFields().stream().filter(f -> f.code().equals(code)).findFirst().map(QueueField::id)
                .orElseThrow();
    }

    private ServiceCounter counter(String code) {
        return SystemAccess.asAdmin(() -> counters.listAll().stream().filter(c -> c.getCode().equals(code))
                .findFirst().orElseThrow());
    }

    private RegisteredDevice kiosk;
    private RegisteredDevice display;

    @BeforeEach
    void registerTheDevices() {
        display = registerBrowser(devices, DeviceKind.DISPLAY, "Màn hình " + System.nanoTime());
        kiosk = registerBrowser(devices, DeviceKind.KIOSK, "Kiosk " + System.nanoTime());
    }

    /** The field names on the kiosk's buttons (each button also says the estimated wait). */
    static java.util.List<String> buttonNames() {
        return _find(byId(Div.class, "choices"), Button.class).stream()
                .map(b -> b.getElement().getChild(0).getText()).toList();
    }

    /** Only the kiosk's or the display's own parts: no layout, menu, link, or anything to type into. */
    private static void assertAlone() {
        assertThat(_find(MainLayout.class)).isEmpty();
        assertThat(_find(SideNav.class)).isEmpty();
        assertThat(_find(Anchor.class)).isEmpty();
        assertThat(_find(RouterLink.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.Component.class).stream().filter(HasValue.class::isInstance))
                .as("no input: a touch screen has no keyboard").isEmpty();
    }

    @Test
    void aCitizenTouchesAFieldAndSeesTheNumberLarge() {
        UI.getCurrent().navigate("kiosk");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(KioskView.class);
        assertThat(buttonNames()).containsExactly("Bảo trợ xã hội", "Chứng thực", "Hộ tịch", "Người có công",
                "Đăng ký kinh doanh", "Đất đai");
        assertThat(_find(Div.class, spec -> spec.withId("result"))).as("no number shown yet").isEmpty();

        press("issue-HT");
        assertThat(text("ticket-number")).isEqualTo("HT-001");
        assertThat(text("ticket-field")).isEqualTo("Hộ tịch");
        assertThat(text("ticket-issued")).matches("Lấy lúc \\d{2}:\\d{2} ngày \\d{2}/\\d{2}/\\d{4}");
        assertThat(text("ticket-ahead")).isEqualTo("Trước bạn còn 0 người đang chờ");
        assertThat(text("ticket-estimate")).isEqualTo("Sắp đến lượt bạn");
        assertThat(_find(Div.class, spec -> spec.withId("choices"))).as("the buttons give way to the number").isEmpty();

        press("done");
        press("issue-HT");
        assertThat(text("ticket-number")).isEqualTo("HT-002");
        assertThat(text("ticket-ahead")).isEqualTo("Trước bạn còn 1 người đang chờ");
        assertThat(text("ticket-estimate")).as("1 ahead × 6 minutes ÷ Quầy 2 and Quầy 3")
                .isEqualTo("Thời gian chờ dự kiến: khoảng 3 phút");
        press("done");
        press("issue-CT");
        assertThat(text("ticket-number")).isEqualTo("CT-001");
        assertThat(queue.board().waiting()).isEqualTo(3);
    }

    @Test
    void theKioskAndTheDisplayExposeNothingElse() {
        UI.getCurrent().navigate("kiosk");
        assertAlone();
        assertThat(_find(Button.class)).extracting(Button::getId).allSatisfy(id -> assertThat(id.orElseThrow())
                .matches("issue-[A-Z]+|priority-[A-Z]+|print|done"));
        useToken(display.token());
        UI.getCurrent().navigate("display");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(DisplayView.class);
        assertAlone();
        assertThat(_find(Button.class)).extracting(b -> b.getId().orElseThrow())
                .as("read-only: the one button turns the voice call on").containsExactly("sound-on");
        for (String other : new String[] {"", "queue/counter", "queue/figures", "admin/counters", "intake"}) {
            UI.getCurrent().navigate(other);
            assertThat(UI.getCurrent().getCurrentView()).as("anonymous /%s", other).isInstanceOf(LoginView.class);
        }
    }

    @Test
    void aFieldWhoseCounterClosedMeanwhileIsRefusedWithAMessage() {
        UI.getCurrent().navigate("kiosk");
        ServiceCounter six = counter("Q6");
        ServiceCounter closed = SystemAccess.asAdmin(() -> counters.save(new CounterDraft(six.getId(),
                six.getVersion(), six.getCode(), six.getName(), six.getFieldIds(), false)));
        try {
            press("issue-BTXH");
            NotificationsKt.expectNotifications("Lĩnh vực này hiện không có quầy nào phục vụ");
            assertThat(buttonNames()).doesNotContain("Bảo trợ xã hội", "Người có công").hasSize(4);
        } finally {
            SystemAccess.asAdmin(() -> counters.save(new CounterDraft(six.getId(), closed.getVersion(),
                    six.getCode(), six.getName(), six.getFieldIds(), true)));
        }
    }

    @Test
    void theDisplayShowsEachCounterCallAndTheWaitingCountLive() throws InterruptedException {
        // Only this test uses Đất đai (Quầy 4 and 5); the other tests of the class may have left tickets waiting.
        useToken(display.token());
        UI.getCurrent().navigate("display");
        long q4 = counter("Q4").getId();
        long before = queue.board().waiting();
        assertThat(_find(byId(Div.class, "counters"), Span.class).stream().filter(s -> s.hasClassName(
                "display-counter-name")).map(Span::getText)).containsExactly("Quầy 1", "Quầy 2", "Quầy 3", "Quầy 4",
                "Quầy 5", "Quầy 6");
        assertThat(text("calling-" + q4)).isEqualTo("–");
        assertThat(text("waiting-count")).isEqualTo(VnFormat.number(before));

        long dd = field("DD");
        TestKiosk.issue(devices, queue, dd);
        TestKiosk.issue(devices, queue, dd);
        await(() -> text("waiting-count").equals(VnFormat.number(before + 2)));
        assertThat(text("waiting-count")).isEqualTo(VnFormat.number(before + 2));
        assertThat(_find(byId(Div.class, "waiting-by-field"), Span.class)).extracting(Span::getText)
                .as("2 waiting × 6 minutes ÷ Quầy 4 and Quầy 5").contains("Đất đai: 2 người · khoảng 6 phút");

        SystemAccess.asAdmin(() -> queue.callNext(q4));
        await(() -> text("calling-" + q4).equals("DD-001"));
        assertThat(text("calling-" + q4)).isEqualTo("DD-001");
        assertThat(text("waiting-count")).isEqualTo(VnFormat.number(before + 1));
        Div tile = (Div) byId(Span.class, "calling-" + q4).getParent().orElseThrow();
        assertThat(tile.getClassNames()).contains("display-latest", "display-calling", "display-flash");
        assertAlone();
    }
}
