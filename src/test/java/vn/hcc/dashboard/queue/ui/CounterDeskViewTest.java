package vn.hcc.dashboard.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.queue.ui.QueueUi.await;
import static vn.hcc.dashboard.queue.ui.QueueUi.byId;
import static vn.hcc.dashboard.queue.ui.QueueUi.column;
import static vn.hcc.dashboard.queue.ui.QueueUi.press;
import static vn.hcc.dashboard.queue.ui.QueueUi.registerBrowser;
import static vn.hcc.dashboard.queue.ui.QueueUi.set;
import static vn.hcc.dashboard.queue.ui.QueueUi.text;
import static vn.hcc.dashboard.queue.ui.QueueUi.useToken;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.queue.CounterPauseService;
import vn.hcc.dashboard.queue.CounterRow;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.PauseReason;
import vn.hcc.dashboard.queue.QueueField;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.QueueTestIds;
import vn.hcc.dashboard.queue.RegisteredDevice;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.queue.TicketPriority;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.StaffFilter;
import vn.hcc.dashboard.staff.StaffService;

/**
 * Issue 19 at the counter and on the hall display: pause, priority, transfer to a counter, the duty preselection,
 * and the display's paused tiles, recent calls and voice call. Each test runs on a day of its own (June 2025) of the
 * test clock, so the queue of other test classes does not show.
 */
class CounterDeskViewTest extends KaribuTest {

    @Autowired
    QueueService queue;
    @Autowired
    CounterPauseService pauses;
    @Autowired
    DeviceService devices;
    @Autowired
    CounterService counters;
    @Autowired
    DutyService duties;
    @Autowired
    StaffService staff;
    @Autowired
    TestClock clock;

    private long counter(String code) {
        return SystemAccess.asAdmin(() -> QueueTestIds.counter(counters, code));
    }

    private long field(String code) {
        return queue.kioskFields().stream().filter(f -> f.code().equals(code)).findFirst().map(QueueField::id)
                .orElseThrow();
    }

    private CounterView openCounter(String counterName) {
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("queue/counter");
        CounterView view = _get(CounterView.class);
        set(view.counter, view.counter.getListDataView().getItems()
                .filter(c -> c.counter().getName().equals(counterName)).findFirst().orElseThrow());
        return view;
    }

    @Test
    void aPausedCounterShowsWhyRefusesTheCallAndResumes() {
        clock.set(LocalDateTime.of(2025, 6, 2, 8, 0));
        TestKiosk.issue(devices, queue, field("CT"));
        CounterView view = openCounter("Quầy 1");
        assertThat(view.resume.isVisible()).isFalse();
        press("pause");
        @SuppressWarnings("unchecked")
        Select<PauseReason> reason = byId(Select.class, "pause-reason");
        assertThat(reason.getListDataView().getItems().map(r -> reason.getItemLabelGenerator().apply(r)))
                .containsExactly("Nghỉ giữa giờ", "Họp", "Hỗ trợ quầy khác", "Sự cố thiết bị", "Khác");
        set(reason, PauseReason.OTHER);
        press("confirm-pause");
        assertThat(byId(TextField.class, "pause-note").getErrorMessage()).isEqualTo("Hãy ghi rõ lý do tạm dừng");
        set(byId(TextField.class, "pause-note"), "Tiếp đoàn kiểm tra");
        press("confirm-pause");
        assertThat(text("pause-state")).isEqualTo("Quầy đang tạm dừng từ 08:00: Khác – Tiếp đoàn kiểm tra");
        assertThat(view.pause.isVisible()).isFalse();
        assertThat(view.resume.isVisible()).isTrue();

        press("call-next");
        assertThat(view.counter.getErrorMessage())
                .isEqualTo("Quầy đang tạm dừng; hãy bấm Tiếp tục trước khi gọi số");
        assertThat(text("current-number")).isEqualTo("–");

        press("resume");
        assertThat(view.pauseState.isVisible()).isFalse();
        press("call-next");
        assertThat(text("current-number")).isEqualTo("CT-001");
        Anchor timeline = byId(Anchor.class, "timeline");
        assertThat(timeline.getText()).isEqualTo("Hành trình");
        assertThat(timeline.getHref()).isEqualTo("visit?ticket=" + queue.current(counter("Q1")).orElseThrow()
                .getId());
        assertThat(view.pause.isEnabled()).as("finish the ticket before pausing").isFalse();
    }

    @Test
    void aWaitingCitizenMarkedAsPriorityIsListedAndCalledFirst() {
        clock.set(LocalDateTime.of(2025, 6, 3, 8, 0));
        long ht = field("HT");
        TestKiosk.issue(devices, queue, ht);
        clock.set(LocalDateTime.of(2025, 6, 3, 8, 5));
        TestKiosk.issue(devices, queue, ht);
        CounterView view = openCounter("Quầy 3");
        assertThat(column(view.waiting, "number")).containsExactly("HT-001", "HT-002");
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.waiting, 1, "actions"));
        @SuppressWarnings("unchecked")
        Select<TicketPriority> reason = byId(Select.class, "priority-reason");
        press("confirm-priority");
        assertThat(reason.getErrorMessage()).isEqualTo("Không được để trống");
        set(reason, TicketPriority.ELDERLY);
        press("confirm-priority");
        NotificationsKt.expectNotifications("Số HT-002 được ưu tiên: Người cao tuổi");
        assertThat(column(view.waiting, "number")).containsExactly("HT-002", "HT-001");
        assertThat(column(view.waiting, "note")).containsExactly("Người cao tuổi", "");
        assertThat(_find(Button.class, spec -> spec.withId("prioritize-HT-002"))).isEmpty();
        press("call-next");
        assertThat(text("current-number")).isEqualTo("HT-002");
    }

    @Test
    void aTicketTransferredToACounterWaitsThereOnly() {
        clock.set(LocalDateTime.of(2025, 6, 4, 8, 0));
        TestKiosk.issue(devices, queue, field("CT"));
        CounterView view = openCounter("Quầy 1");
        press("call-next");
        press("transfer");
        press("confirm-transfer-counter");
        @SuppressWarnings("unchecked")
        Select<ServiceCounter> target = byId(Select.class, "transfer-counter");
        assertThat(target.getErrorMessage()).isEqualTo("Không được để trống");
        assertThat(target.getListDataView().getItems().map(ServiceCounter::getName)).doesNotContain("Quầy 1");
        set(target, target.getListDataView().getItems().filter(c -> c.getName().equals("Quầy 4")).findFirst()
                .orElseThrow());
        press("confirm-transfer-counter");
        NotificationsKt.expectNotifications("Số CT-001 đã chuyển đến Quầy 4 với số mới CT-002");
        assertThat(column(view.waiting, "number")).as("no longer Quầy 1's").isEmpty();
        set(view.counter, view.counter.getListDataView().getItems()
                .filter(c -> c.counter().getName().equals("Quầy 4")).findFirst().orElseThrow());
        assertThat(column(view.waiting, "number")).containsExactly("CT-002");
        assertThat(column(view.waiting, "note")).containsExactly("Chuyển đến quầy này");
    }

    @Test
    void theCounterOnTodaysDutyIsPreselectedUnlessOneIsRemembered() {
        clock.set(LocalDateTime.of(2025, 7, 10, 7, 30));   // Phạm Thị Lan works there from 1/7/2025
        long lan = SystemAccess.asAdmin(() -> staff.search(new StaffFilter("Phạm Thị Lan", null, false),
                org.springframework.data.domain.PageRequest.of(0, 1)).getContent().get(0).getId());
        SystemAccess.asAdmin(() -> duties.assign(clock.instant().atZone(TestClock.ZONE).toLocalDate(), lan,
                counter("Q5")));
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("queue/counter");
        CounterView view = _get(CounterView.class);
        assertThat(view.counter.getValue()).extracting(r -> r.counter().getName()).isEqualTo("Quầy 5");

        set(view.counter, view.counter.getListDataView().getItems()
                .filter(c -> c.counter().getName().equals("Quầy 2")).findFirst().orElseThrow());
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("queue/counter");
        assertThat(_get(CounterView.class).counter.getValue()).extracting(CounterRow::counter)
                .extracting(ServiceCounter::getName).as("the session's choice wins").isEqualTo("Quầy 2");
    }

    @Test
    void theDisplayShowsPausedCountersTheLatestCallsAndSpeaksEachCallInOrder() throws InterruptedException {
        clock.set(LocalDateTime.of(2025, 6, 6, 8, 0));
        long ct = field("CT");
        long ht = field("HT");
        TestKiosk.issue(devices, queue, ct);
        TestKiosk.issue(devices, queue, ht);
        RegisteredDevice display = registerBrowser(devices, DeviceKind.DISPLAY, "Màn hình " + System.nanoTime());
        useToken(display.token());
        UI.getCurrent().navigate("display");
        DisplayView view = _get(DisplayView.class);
        long q1 = counter("Q1");
        long q3 = counter("Q3");
        long q6 = counter("Q6");
        assertThat(view.spoken).as("nothing read out when the display starts").isEmpty();
        assertThat(byId(Div.class, "counters").getStyle().get("--display-cols")).isEqualTo("2");
        assertThat(byId(Div.class, "counters").getStyle().get("--display-rows")).isEqualTo("3");

        SystemAccess.asAdmin(() -> pauses.pause(q6, PauseReason.BREAK, null));
        await(() -> text("calling-" + q6).equals("Tạm dừng"));
        assertThat(byId(Span.class, "calling-" + q6).getParent().orElseThrow().getElement().getClassList())
                .contains("display-paused");

        // two counters call in the same second: both are spoken, in order
        SystemAccess.asAdmin(() -> queue.callNext(q1));
        SystemAccess.asAdmin(() -> queue.callNext(q3));
        await(() -> view.spoken.size() == 2);
        assertThat(view.spoken).containsExactly("Mời số CT-001 đến quầy 1", "Mời số HT-001 đến quầy 3");
        assertThat(byId(Div.class, "voice").getElement().getAttribute("data-spoken"))
                .isEqualTo("Mời số HT-001 đến quầy 3");
        assertThat(recentCalls()).containsExactly("HT-001 → Quầy 3 08:00", "CT-001 → Quầy 1 08:00");

        clock.set(LocalDateTime.of(2025, 6, 6, 8, 2));
        SystemAccess.asAdmin(() -> {
            var t = queue.current(q1).orElseThrow();
            return queue.recall(t.getId(), t.getVersion());
        });
        await(() -> view.spoken.size() == 3);
        assertThat(view.spoken.get(2)).as("a recall is spoken again").isEqualTo("Mời số CT-001 đến quầy 1");
        assertThat(recentCalls().get(0)).isEqualTo("CT-001 → Quầy 1 08:02");
    }

    /** The display's list of recent calls, a row as "number → counter time". */
    private static java.util.List<String> recentCalls() {
        return byId(Div.class, "recent-calls").getChildren().map(row -> String.join(" ", row.getChildren()
                .map(c -> ((Span) c).getText()).toList())).toList();
    }
}
