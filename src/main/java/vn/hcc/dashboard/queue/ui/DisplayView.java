package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Comparator;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.queue.Board;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;

/**
 * The hall's TV: every open counter with the number it is calling, in large type, the latest call highlighted, and
 * how many citizens still wait. Read-only and without login or navigation; it repaints through Vaadin Push whenever
 * the queue changes. Only a registered display (see {@link DeviceGate}) shows the board.
 */
@Route(value = "display", autoLayout = false)
@AnonymousAllowed
class DisplayView extends VerticalLayout implements HasDynamicTitle {

    private final QueueService queue;
    private final Div counters = new Div();
    private final Span waitingCount = new Span();
    private final Div waitingByField = new Div();
    private String lastCall;

    DisplayView(QueueService queue, Broadcaster broadcaster, DeviceService devices) {
        this.queue = queue;
        addClassName("display-view");
        setSizeFull();
        if (DeviceGate.open(devices, DeviceKind.DISPLAY).isEmpty()) {
            add(DeviceGate.notRegistered(this));
            return;
        }
        Span center = new Span(getTranslation("app.name"));
        center.addClassName("display-center");
        H1 title = new H1(getTranslation("queue.display.title"));
        title.addClassName("display-title");
        counters.addClassName("display-counters");
        counters.setId("counters");
        waitingCount.setId("waiting-count");
        waitingCount.addClassName("display-waiting-count");
        Span waitingLabel = new Span(getTranslation("queue.display.waiting"));
        waitingLabel.addClassName("display-waiting-label");
        waitingByField.setId("waiting-by-field");
        waitingByField.addClassName("display-waiting-by-field");
        Div waiting = new Div(waitingLabel, waitingCount, waitingByField);
        waiting.addClassName("display-waiting");
        add(center, title, counters, waiting);
        refresh();
        LiveUpdates.subscribe(this, broadcaster, QueueService.TOPIC, e -> refresh());
    }

    void refresh() {
        Board board = queue.board();
        Board.CounterCall latest = board.counters().stream().filter(c -> c.announcedAt() != null)
                .max(Comparator.comparing(Board.CounterCall::announcedAt)).orElse(null);
        counters.removeAll();
        for (Board.CounterCall c : board.counters()) {
            Span name = new Span(c.counterName());
            name.addClassName("display-counter-name");
            Span number = new Span(c.number() == null ? "–" : c.number());
            number.addClassName("display-number");
            number.setId("calling-" + c.counterId());
            Div tile = new Div(name, number);
            tile.addClassName("display-counter");
            if (c.number() != null) {
                tile.addClassName("display-calling");
            }
            if (latest != null && latest.counterId() == c.counterId()) {
                tile.addClassName("display-latest");
                String call = latest.number() + "@" + latest.announcedAt();
                if (!call.equals(lastCall)) {
                    // Only a new call or a recall flashes; other repaints (a ticket issued) do not.
                    tile.addClassName("display-flash");
                    lastCall = call;
                }
            }
            counters.add(tile);
        }
        waitingCount.setText(VnFormat.number(board.waiting()));
        waitingByField.removeAll();
        board.waitingByField().forEach(f -> waitingByField.add(
                new Span(getTranslation("queue.display.waiting-field", f.fieldName(), VnFormat.number(f.waiting())))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.display.page-title");
    }
}
