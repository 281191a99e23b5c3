package vn.hcc.dashboard.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.queue.ui.QueueUi.await;
import static vn.hcc.dashboard.queue.ui.QueueUi.byId;
import static vn.hcc.dashboard.queue.ui.QueueUi.column;
import static vn.hcc.dashboard.queue.ui.QueueUi.press;
import static vn.hcc.dashboard.queue.ui.QueueUi.set;
import static vn.hcc.dashboard.queue.ui.QueueUi.text;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.hcc.dashboard.KaribuTest;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.queue.CounterRow;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueField;
import vn.hcc.dashboard.queue.QueueFiguresService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.TestKiosk;
import vn.hcc.dashboard.security.Role;

/**
 * A reception officer at a counter. The tests of this class share one database and today's queue, so each works with
 * fields of its own: Chứng thực at Quầy 1, Hộ tịch at Quầy 3, Đất đai at Quầy 4, Bảo trợ xã hội at Quầy 6.
 */
class CounterViewTest extends KaribuTest {

    @Autowired
    QueueService queue;
    @Autowired
    DeviceService devices;
    @Autowired
    QueueFiguresService figures;

    CounterView view;

    @BeforeEach
    void openView() {
        login("tiepnhan", Role.RECEPTION);
        UI.getCurrent().navigate("queue/counter");
        view = _get(CounterView.class);
    }

    private long field(String code) {
        return queue.kioskFields().stream().filter(f -> f.code().equals(code)).findFirst().map(QueueField::id)
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void choose(String counterName) {
        Select<CounterRow> counter = byId(Select.class, "counter");
        set(counter, counter.getListDataView().getItems().filter(c -> c.counter().getName().equals(counterName))
                .findFirst()
                .orElseThrow());
    }

    private boolean enabled(String id) {
        return byId(Button.class, id).isEnabled();
    }

    @Test
    void callServeNoShowAndTransferAtACounter() {
        long ct = field("CT");
        for (int i = 0; i < 3; i++) {
            TestKiosk.issue(devices, queue, ct);
        }
        choose("Quầy 1");
        assertThat(column(view.waiting, "number")).containsExactly("CT-001", "CT-002", "CT-003");
        assertThat(column(view.waiting, "field")).containsOnly("Chứng thực");
        assertThat(text("waiting-count")).isEqualTo("3 người đang chờ");
        assertThat(text("current-number")).isEqualTo("–");
        assertThat(List.of(enabled("recall"), enabled("served"), enabled("no-show"), enabled("transfer")))
                .containsOnly(false);

        press("call-next");
        assertThat(text("current-number")).isEqualTo("CT-001");
        assertThat(text("current-info")).startsWith("Chứng thực – lấy số lúc ");
        assertThat(column(view.waiting, "number")).containsExactly("CT-002", "CT-003");
        assertThat(enabled("call-next")).as("finish the current ticket first").isFalse();
        press("recall");
        assertThat(queue.board().counters()).filteredOn(c -> c.counterName().equals("Quầy 1")).singleElement()
                .satisfies(c -> assertThat(c.recallCount()).isEqualTo(1));
        press("served");
        assertThat(text("current-number")).isEqualTo("–");

        press("call-next");
        assertThat(text("current-number")).isEqualTo("CT-002");
        press("no-show");
        assertThat(figures.waitingNow()).isEqualTo(1);
        assertThat(figures.total(Period.of(queue.today(), queue.today())).noShows()).isEqualTo(1);

        press("call-next");
        press("transfer");
        @SuppressWarnings("unchecked")
        Select<QueueField> target = byId(Select.class, "transfer-field");
        assertThat(target.getListDataView().getItems().map(QueueField::name)).doesNotContain("Chứng thực");
        press("confirm-transfer");
        assertThat(target.getErrorMessage()).isEqualTo("Không được để trống");
        set(target, target.getListDataView().getItems().filter(f -> f.code().equals("HT")).findFirst().orElseThrow());
        press("confirm-transfer");
        NotificationsKt.expectNotifications("Số CT-003 đã chuyển sang Hộ tịch với số mới HT-001");
        assertThat(text("current-number")).isEqualTo("–");
        assertThat(GridKt._size(view.waiting)).as("Quầy 1 serves only Chứng thực").isZero();

        choose("Quầy 3");
        assertThat(column(view.waiting, "number")).containsExactly("HT-001");
        press("call-next");
        assertThat(text("current-number")).isEqualTo("HT-001");
        press("served");
        assertThat(figures.total(Period.of(queue.today(), queue.today())).visits())
                .as("CT-001 served, CT-003 transferred and served as HT-001: two citizens").isEqualTo(2);
    }

    @Test
    void withoutACounterTheCallIsRefusedAtTheChoice() {
        // on a weekday the demo duty schedule preselects Quầy 1 for tiepnhan: clear the choice as the officer can
        set(view.counter, null);
        press("call-next");
        Select<?> counter = byId(Select.class, "counter");
        assertThat(counter.isInvalid()).isTrue();
        assertThat(counter.getErrorMessage()).isEqualTo("Hãy chọn quầy");
    }

    @Test
    void nobodyWaitingIsSaid() {
        choose("Quầy 4");
        press("call-next");
        NotificationsKt.expectNotifications("Không có ai đang chờ");
        assertThat(text("current-number")).isEqualTo("–");
    }

    @Test
    void theCounterIsRememberedAndTheWaitingListUpdatesLive() throws InterruptedException {
        choose("Quầy 6");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("queue/counter");
        view = _get(CounterView.class);
        assertThat(view.counter.getValue().counter().getName()).isEqualTo("Quầy 6");
        assertThat(GridKt._size(view.waiting)).isZero();

        TestKiosk.issue(devices, queue, field("BTXH"));
        await(() -> GridKt._size(view.waiting) == 1);
        assertThat(column(view.waiting, "number")).containsExactly("BTXH-001");
        assertThat(text("waiting-count")).isEqualTo("1 người đang chờ");
    }
}
