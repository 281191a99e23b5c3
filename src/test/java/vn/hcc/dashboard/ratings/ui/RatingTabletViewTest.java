package vn.hcc.dashboard.ratings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.queue.Ticket;
import vn.hcc.dashboard.ratings.RatingCounts;
import vn.hcc.dashboard.ratings.RatingFilter;
import vn.hcc.dashboard.ratings.RatingFixtures;
import vn.hcc.dashboard.ratings.RatingLevel;
import vn.hcc.dashboard.ratings.RatingReason;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The rating tablet as a citizen uses it, without login, on a registered tablet bound to its counter. The tests use
 * different counters (Quầy 1: Chứng thực, Quầy 3: Hộ tịch, Quầy 4: Đất đai, Quầy 6: Bảo trợ xã hội), so the tickets
 * of one never show on another; the tablet's pause before idle is 400 ms here ({@code app.rating.idle-after}).
 */
class RatingTabletViewTest extends KaribuTest {

    @Autowired
    RatingService ratings;
    @Autowired
    QueueService queue;
    @Autowired
    DeviceService devices;
    @Autowired
    CounterService counters;
    @Autowired
    FieldService fields;

    private long counter(String code) {
        return SystemAccess.asAdmin(() -> QueueTestIds.counter(counters, code));
    }

    private long field(String code) {
        return SystemAccess.asAdmin(() -> QueueTestIds.field(fields, code));
    }

    private static void useToken(String token) {
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setCookiesInt(new Cookie[] {new Cookie(DeviceService.COOKIE, token)});
    }

    private static String text(String id) {
        return ((HasText) _get(Component.class, spec -> spec.withId(id))).getText();
    }

    private static String pageText() {
        return UI.getCurrent().getCurrentView().getElement().getTextRecursively();
    }

    private static boolean shows(String id) {
        return !_find(Component.class, spec -> spec.withId(id)).isEmpty();
    }

    private static void press(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    /** Waits for a push: the broadcaster and the idle timer repaint through UI.access, run on a client round trip. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("pushed within 5 s").isTrue();
    }

    /** A ticket served at the counter, as reception would at its screen. */
    private Ticket serve(long counterId, String fieldCode) {
        return SystemAccess.asAdmin(() -> RatingFixtures.served(devices, queue, counterId, field(fieldCode)));
    }

    private String tabletAt(String counterCode) {
        String token = RatingFixtures.tablet(devices, counter(counterCode));
        useToken(token);
        return token;
    }

    @Test
    void anUnregisteredBrowserSeesHowToRegisterAndNoButton() {
        UI.getCurrent().navigate("danh-gia");
        assertThat(shows("device-not-registered")).isTrue();
        assertThat(pageText()).contains("Thiết bị chưa được đăng ký");
        assertThat(_find(Button.class)).isEmpty();
        useToken(TestKiosk.register(devices)); // a kiosk is not a rating tablet
        UI.getCurrent().navigate("danh-gia", com.vaadin.flow.router.QueryParameters.of("quay", "Q1"));
        assertThat(shows("device-not-registered")).isTrue();
    }

    @Test
    void theTabletOfAnotherCounterSaysSoInsteadOfAsking() {
        tabletAt("Q3");
        UI.getCurrent().navigate("danh-gia", com.vaadin.flow.router.QueryParameters.of("quay", "Q1"));
        assertThat(_find(Button.class)).isEmpty();
        assertThat(pageText())
                .contains("Máy tính bảng này thuộc Quầy 3; địa chỉ trang ghi một quầy khác.");
    }

    @Test
    void aCitizenRatesTheTicketJustFinishedAndTheTabletReturnsToIdleByItself() throws Exception {
        tabletAt("Q1");
        UI.getCurrent().navigate("danh-gia", com.vaadin.flow.router.QueryParameters.of("quay", "Q1"));
        assertThat(text("counter-name")).isEqualTo("Quầy 1");
        assertThat(text("idle")).isEqualTo("Mời quý khách đánh giá mức độ hài lòng sau khi được phục vụ");
        assertThat(_find(SideNav.class)).isEmpty();
        assertThat(_find(Anchor.class)).isEmpty();

        // the counter calls, then finishes: the tablet follows live
        vn.hcc.dashboard.queue.IssuedTicket issued = TestKiosk.issue(devices, queue, field("CT"));
        SystemAccess.asAdmin(() -> queue.callNext(counter("Q1")));
        await(() -> text("idle-hint").contains("đang phục vụ số " + issued.number()));
        Ticket current = SystemAccess.asAdmin(() -> queue.current(counter("Q1")).orElseThrow());
        SystemAccess.asAdmin(() -> queue.serve(current.getId(), current.getVersion()));
        await(() -> shows("ticket"));
        assertThat(text("ticket")).isEqualTo("Số thứ tự " + issued.number());
        assertThat(text("officer")).startsWith("Cán bộ phục vụ: ");
        assertThat(_find(Button.class)).extracting(Button::getText)
                .containsExactly("Rất hài lòng", "Hài lòng", "Chưa hài lòng");

        press("rate-VERY_SATISFIED");
        assertThat(text("thanks")).isEqualTo("Cảm ơn quý khách đã đánh giá!");
        await(() -> shows("idle"));
        assertThat(_find(Button.class)).as("rated: nothing to press").isEmpty();
        RatingCounts today = SystemAccess.asAdmin(() -> ratings.counts(Period.of(queue.today(), queue.today()),
                new RatingFilter(null, counter("Q1"), null, null)));
        assertThat(today.verySatisfied()).isEqualTo(1);
    }

    @Test
    void notSatisfiedAsksAReasonAndTakesAComment() throws Exception {
        tabletAt("Q4");
        UI.getCurrent().navigate("danh-gia");
        serve(counter("Q4"), "DD");
        await(() -> shows("ticket"));
        press("rate-UNSATISFIED");
        press("send");
        assertThat(text("reason-error")).isEqualTo("Xin quý khách chọn một lý do.");
        press("reason-WAITING_TIME");
        assertThat(_get(Button.class, spec -> spec.withId("reason-WAITING_TIME")).hasClassName("selected")).isTrue();
        _get(TextArea.class, spec -> spec.withId("comment")).setValue("  Chờ gần một tiếng.  ");
        press("send");
        assertThat(text("thanks")).isEqualTo("Cảm ơn quý khách đã đánh giá!");
        var row = SystemAccess.asAdmin(() -> ratings.unsatisfied(Period.of(queue.today(), queue.today()),
                new RatingFilter(null, counter("Q4"), null, null), false,
                org.springframework.data.domain.PageRequest.of(0, 5))).getContent().getFirst();
        assertThat(row.reason()).isEqualTo(RatingReason.WAITING_TIME);
        assertThat(row.comment()).isEqualTo("Chờ gần một tiếng.");
    }

    @Test
    void aTicketRatedMeanwhileOnAnotherTabletIsRefusedKindly() throws Exception {
        tabletAt("Q6");
        UI.getCurrent().navigate("danh-gia");
        Ticket t = serve(counter("Q6"), "BTXH");
        await(() -> shows("ticket"));
        press("rate-UNSATISFIED");
        // a second tablet at the same counter took the citizen's rating while this one was asking the reason
        ratings.rate(RatingFixtures.tablet(devices, counter("Q6")), t.getId(), RatingLevel.SATISFIED, null, null);
        press("reason-OTHER");
        press("send");
        assertThat(text("thanks")).isEqualTo("Số " + t.getNumber() + " đã được đánh giá. Cảm ơn quý khách!");
        await(() -> shows("idle"));
        RatingCounts c = SystemAccess.asAdmin(() -> ratings.counts(Period.of(queue.today(), queue.today()),
                new RatingFilter(null, counter("Q6"), null, null)));
        assertThat(c).as("one rating per ticket").isEqualTo(new RatingCounts(0, 1, 0));
    }
}
