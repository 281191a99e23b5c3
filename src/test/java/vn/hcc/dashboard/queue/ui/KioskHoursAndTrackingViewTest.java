package vn.hcc.dashboard.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.queue.ui.QueueUi.await;
import static vn.hcc.dashboard.queue.ui.QueueUi.byId;
import static vn.hcc.dashboard.queue.ui.QueueUi.press;
import static vn.hcc.dashboard.queue.ui.QueueUi.registerBrowser;
import static vn.hcc.dashboard.queue.ui.QueueUi.text;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.KioskSettings;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.Ticket;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The kiosk against its opening hours, the printed ticket's QR code, and the citizen's page it leads to
 * ({@code /hang-cho/{code}}), live. Nobody is signed in on the kiosk and the phone.
 */
class KioskHoursAndTrackingViewTest extends KaribuTest {

    // The database is restored per class, not per test: each test takes numbers in a field of its own (HT, DD,
    // BTXH, CT), so that what one leaves waiting does not change another's queue.

    @Autowired
    DeviceService devices;
    @Autowired
    KioskSettings settings;
    @Autowired
    TestClock clock;
    @Autowired
    QueueService queue;
    @Autowired
    CounterService counters;

    @BeforeEach
    void kiosk() {
        registerBrowser(devices, DeviceKind.KIOSK, "Kiosk " + System.nanoTime());
    }

    @AfterEach
    void suiteHours() {
        settings.setAlwaysOpen(true);
    }

    @Test
    void afterHoursTheKioskSaysWhenItOpensAndOffersNoButtonThenOpensByItself() {
        settings.setAlwaysOpen(false);
        clock.set(LocalDateTime.of(2026, 12, 4, 18, 40)); // a Friday evening
        UI.getCurrent().navigate("kiosk");
        KioskView view = (KioskView) UI.getCurrent().getCurrentView();
        assertThat(text("closed-title")).isEqualTo("Đã hết giờ cấp số thứ tự");
        assertThat(text("opens-next")).isEqualTo("Máy cấp số mở lại lúc 07:30 Thứ Hai, ngày 07/12/2026.");
        assertThat(byId(Div.class, "opening-hours").getElement().getTextRecursively())
                .contains("Thứ Hai07:30–11:30, 13:30–17:00").contains("Thứ BảyNghỉ");
        assertThat(_find(Button.class)).as("no ticket after hours").isEmpty();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(KioskView.POLL_MILLIS);

        clock.set(LocalDateTime.of(2026, 12, 7, 7, 30));
        view.showChoices(); // what the next poll does
        assertThat(_find(byId(Div.class, "choices"), Button.class)).hasSize(6);
        assertThat(_find(Div.class, spec -> spec.withId("closed"))).isEmpty();
    }

    @Test
    void eachFieldButtonSaysTheEstimatedWaitAndTheTicketCarriesAQrCodeOfItsPage() {
        UI.getCurrent().navigate("kiosk");
        assertThat(byId(Button.class, "issue-HT").getElement().getChild(1).getText())
                .isEqualTo("Không có ai đang chờ");
        press("issue-HT");
        String number = text("ticket-number");
        String code = text("ticket-code");
        assertThat(code).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        Image qr = byId(Image.class, "ticket-qr");
        assertThat(qr.getAlt()).contains("Mã QR theo dõi số " + number);
        assertThat(byId(Button.class, "print").getText()).isEqualTo("In phiếu");
        press("done");
        assertThat(byId(Button.class, "issue-HT").getElement().getChild(1).getText())
                .as("1 waiting × 6 minutes ÷ Quầy 2 and Quầy 3").isEqualTo("Đang chờ 1 người · khoảng 3 phút");

        UI.getCurrent().navigate("hang-cho/" + code.toLowerCase());
        assertThat(text("track-number")).isEqualTo(number);
        assertThat(text("track-field")).isEqualTo("Hộ tịch");
        assertThat(text("track-state")).isEqualTo("Đang chờ: trước bạn còn 0 người");
        assertThat(text("track-estimate")).isEqualTo("Sắp đến lượt bạn");
    }

    @Test
    void theCitizensPageFollowsTheCallLiveAndSaysWhereToGo() throws InterruptedException {
        UI.getCurrent().navigate("kiosk");
        press("issue-DD");
        String code = text("ticket-code");
        UI.getCurrent().navigate("hang-cho/" + code);
        assertThat(text("track-state")).startsWith("Đang chờ");

        // reception calls it at Quầy 4, on a thread of its own as another browser would
        java.util.concurrent.atomic.AtomicReference<String> called = new java.util.concurrent.atomic.AtomicReference<>();
        Thread staff = new Thread(() -> SystemAccess.asAdmin(() -> {
            long q4 = vn.hcc.dashboard.queue.QueueTestIds.counter(counters, "Q4");
            called.set(queue.callNext(q4).map(Ticket::getTrackingCode).orElse(null));
        }));
        staff.start();
        staff.join();
        assertThat(called.get()).isEqualTo(code);
        await(() -> text("track-state").startsWith("Đến lượt"));
        assertThat(text("track-state")).isEqualTo("Đến lượt bạn: mời đến Quầy 4");
    }

    @Test
    void anUnknownCodeIsSaidPlainlyAndThePageWithoutCodeAsksForOne() {
        UI.getCurrent().navigate("hang-cho/ABCD-EFGH");
        assertThat(text("unknown")).isEqualTo(
                "Không tìm thấy phiếu có mã ABCD-EFGH. Xin kiểm tra lại mã in dưới mã QR.");
        UI.getCurrent().navigate("kiosk");
        UI.getCurrent().navigate("hang-cho");
        assertThat(byId(Div.class, "result").getChildren()).isEmpty();
        assertThat(byId(com.vaadin.flow.component.textfield.TextField.class, "code").getLabel())
                .isEqualTo("Mã trên phiếu số thứ tự");
    }

    @Test
    void anElderlyCitizenTouchesPriorityFirstAndIsCalledBeforeThoseWhoCameEarlier() {
        UI.getCurrent().navigate("kiosk");
        press("issue-BTXH");
        press("done");
        press("issue-BTXH");
        press("done");
        press("priority-ELDERLY");
        assertThat(byId(Button.class, "priority-ELDERLY").hasClassName("kiosk-priority-chosen")).isTrue();
        press("issue-BTXH");
        String number = text("ticket-number");
        assertThat(text("ticket-priority")).isEqualTo("Ưu tiên: Người cao tuổi");
        assertThat(text("ticket-ahead")).as("the two earlier tickets wait behind").isEqualTo("Trước bạn còn 0 người đang chờ");
        press("done");
        assertThat(byId(Button.class, "priority-ELDERLY").hasClassName("kiosk-priority-chosen"))
                .as("the next citizen starts without priority").isFalse();
        press("issue-BTXH");
        assertThat(_find(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("ticket-priority"))
                .stream().filter(com.vaadin.flow.component.Component::isVisible)).isEmpty();
        assertThat(text("ticket-ahead")).isEqualTo("Trước bạn còn 3 người đang chờ");

        java.util.concurrent.atomic.AtomicReference<String> called = new java.util.concurrent.atomic.AtomicReference<>();
        Thread staff = new Thread(() -> SystemAccess.asAdmin(() -> called.set(queue.callNext(
                vn.hcc.dashboard.queue.QueueTestIds.counter(counters, "Q6")).map(Ticket::getNumber).orElse(null))));
        staff.start();
        try {
            staff.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(called.get()).isEqualTo(number);
    }

    @Test
    void theDisplaySaysTheEstimatedWaitPerField() {
        UI.getCurrent().navigate("kiosk");
        press("issue-CT");
        press("done");
        press("issue-CT");
        registerBrowser(devices, DeviceKind.DISPLAY, "Màn hình " + System.nanoTime());
        UI.getCurrent().navigate("display");
        assertThat(byId(Div.class, "waiting-by-field").getElement().getTextRecursively())
                .as("2 waiting × 6 minutes ÷ Quầy 1 and Quầy 2").contains("Chứng thực: 2 người · khoảng 6 phút");
    }
}
