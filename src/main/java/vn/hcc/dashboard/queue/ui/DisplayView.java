package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.queue.Board;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.RecentCall;
import vn.hcc.dashboard.queue.RecentCallService;

/**
 * The hall's TV: every open counter with the number it is calling in type as large as its tile allows (never
 * wrapped), paused counters marked, the latest calls, and how many citizens still wait. Each new call and recall is
 * spoken in Vietnamese after a chime (display-voice.js) once the sound is turned on. Read-only and without login or
 * navigation; it repaints through Vaadin Push whenever the queue changes. Only a registered display (see
 * {@link DeviceGate}) shows the board.
 */
@Route(value = "display", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/queue-display.css")
class DisplayView extends VerticalLayout implements HasDynamicTitle {

    /** Calls listed on screen. */
    static final int RECENT_SHOWN = 6;
    /** Calls looked at for new ones: more than a repaint can miss when counters call at the same moment. */
    private static final int RECENT_SCANNED = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String VOICE_SCRIPT = script();

    private final QueueService queue;
    private final RecentCallService recent;
    private final Div counters = new Div();
    private final Div recentCalls = new Div();
    private final Span waitingCount = new Span();
    private final Div waitingByField = new Div();
    /** The sentences spoken so far, in order (also the {@code data-spoken} attribute of #voice). */
    final List<String> spoken = new ArrayList<>();
    private final Div voice = new Div();
    private String lastCall;
    private Set<String> seenCalls;
    private LocalDateTime latestSeen;

    DisplayView(QueueService queue, RecentCallService recent, Broadcaster broadcaster, DeviceService devices) {
        this.queue = queue;
        this.recent = recent;
        addClassName("display-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        if (DeviceGate.open(devices, DeviceKind.DISPLAY).isEmpty()) {
            add(DeviceGate.notRegistered(this));
            return;
        }
        Span center = new Span(getTranslation("app.name"));
        center.addClassName("display-center");
        H1 title = new H1(getTranslation("queue.display.title"));
        title.addClassName("display-title");
        Button soundOn = new Button(getTranslation("queue.display.sound-on"), VaadinIcon.VOLUME_UP.create());
        soundOn.setId("sound-on");
        soundOn.addClassName("display-sound-on");
        soundOn.addClickListener(e -> {
            getElement().executeJs("window.hccVoice && window.hccVoice.enable()");
            soundOn.setVisible(false);
        });
        Div header = new Div(new Div(center, title), soundOn);
        header.addClassName("display-header");

        counters.addClassName("display-counters");
        counters.setId("counters");
        Span recentTitle = new Span(getTranslation("queue.display.recent"));
        recentTitle.addClassName("display-recent-title");
        recentCalls.setId("recent-calls");
        recentCalls.addClassName("display-recent-list");
        Div aside = new Div(recentTitle, recentCalls);
        aside.addClassName("display-recent");
        Div main = new Div(counters, aside);
        main.addClassName("display-main");

        waitingCount.setId("waiting-count");
        waitingCount.addClassName("display-waiting-count");
        Span waitingLabel = new Span(getTranslation("queue.display.waiting"));
        waitingLabel.addClassName("display-waiting-label");
        waitingByField.setId("waiting-by-field");
        waitingByField.addClassName("display-waiting-by-field");
        Div waiting = new Div(waitingLabel, waitingCount, waitingByField);
        waiting.addClassName("display-waiting");
        voice.setId("voice");
        // hidden by its class, not setVisible: an invisible component's attributes would not reach the browser
        voice.addClassName("display-voice");
        add(header, main, waiting, voice);
        setFlexGrow(1, main);
        getElement().executeJs(VOICE_SCRIPT, soundOn.getElement());
        refresh();
        LiveUpdates.subscribe(this, broadcaster, QueueService.TOPIC, e -> refresh());
    }

    void refresh() {
        Board board = queue.board();
        Board.CounterCall latest = board.counters().stream().filter(c -> c.announcedAt() != null)
                .max(Comparator.comparing(Board.CounterCall::announcedAt)).orElse(null);
        int cols = DisplayGrid.columns(board.counters().size());
        counters.getStyle().set("--display-cols", String.valueOf(cols))
                .set("--display-rows", String.valueOf(DisplayGrid.rows(board.counters().size(), cols)));
        counters.removeAll();
        for (Board.CounterCall c : board.counters()) {
            counters.add(tile(c, latest));
        }
        List<RecentCall> calls = recent.latest(RECENT_SCANNED);
        announceNew(calls);
        recentCalls.removeAll();
        calls.stream().limit(RECENT_SHOWN).forEach(r -> {
            Span number = new Span(r.number());
            number.addClassName("display-recent-number");
            Span counter = new Span("→ " + r.counterName());
            counter.addClassName("display-recent-counter");
            Span time = new Span(TIME.format(r.announcedAt()));
            time.addClassName("display-recent-time");
            Div row = new Div(number, counter, time);
            row.addClassName("display-recent-row");
            recentCalls.add(row);
        });
        waitingCount.setText(VnFormat.number(board.waiting()));
        waitingByField.removeAll();
        board.waitingByField().forEach(f -> waitingByField.add(new Span(f.estimate() == null
                ? getTranslation("queue.display.waiting-field", f.fieldName(), VnFormat.number(f.waiting()))
                : getTranslation("queue.display.waiting-field-estimate", f.fieldName(), VnFormat.number(f.waiting()),
                        VnFormat.number(f.estimate().toMinutes())))));
    }

    private Div tile(Board.CounterCall c, Board.CounterCall latest) {
        Span name = new Span(c.counterName());
        name.addClassName("display-counter-name");
        boolean paused = c.paused() != null && c.number() == null;
        Span number = new Span(c.number() != null ? c.number()
                : paused ? getTranslation("queue.display.paused") : "–");
        number.addClassName("display-number");
        number.setId("calling-" + c.counterId());
        Div tile = new Div(name, number);
        tile.addClassName("display-counter");
        if (paused) {
            tile.addClassName("display-paused");
        }
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
        return tile;
    }

    /**
     * Speaks the calls and recalls made since the last repaint, oldest first. The first repaint only notes what is
     * on the board: a display switched on mid-morning does not read out the morning.
     */
    private void announceNew(List<RecentCall> calls) {
        Set<String> keys = new HashSet<>();
        calls.forEach(c -> keys.add(c.key()));
        if (seenCalls != null) {
            LocalDateTime since = latestSeen;
            calls.stream().filter(c -> !seenCalls.contains(c.key()))
                    .filter(c -> since == null || !c.announcedAt().isBefore(since))
                    .sorted(Comparator.comparing(RecentCall::announcedAt).thenComparing(RecentCall::ticketId))
                    .forEach(this::announce);
        }
        seenCalls = keys;
        calls.stream().map(RecentCall::announcedAt).max(Comparator.naturalOrder()).ifPresent(t -> latestSeen = t);
    }

    private void announce(RecentCall call) {
        String counter = call.counterName().isEmpty() ? ""
                : call.counterName().substring(0, 1).toLowerCase(Locale.ROOT) + call.counterName().substring(1);
        String sentence = getTranslation("queue.display.voice", call.number(), counter);
        spoken.add(sentence);
        voice.getElement().setAttribute("data-spoken", sentence);
        getElement().executeJs("window.hccVoice && window.hccVoice.announce($0)", sentence);
    }

    private static String script() {
        try (InputStream in = DisplayView.class.getResourceAsStream("display-voice.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.display.page-title");
    }
}
