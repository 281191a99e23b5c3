package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.queue.CounterOnDuty;
import vn.hcc.dashboard.queue.CounterPause;
import vn.hcc.dashboard.queue.CounterPauseService;
import vn.hcc.dashboard.queue.CounterRow;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.Ticket;
import vn.hcc.dashboard.queue.WaitingTicket;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/**
 * A staff member's counter: choose the counter (remembered for the session, preselected from today's duty), call the
 * next citizen (priority tickets first), recall, mark served or not shown up, transfer to another field or counter,
 * pause with a reason and resume, mark a waiting citizen as priority, and see who waits for this counter, live.
 */
@Route("queue/counter")
@Menu(title = "nav.intake.counter", order = 130, icon = "BELL")
@PermitAll
@Requires(Permission.QUEUE_SERVE)
class CounterView extends VerticalLayout implements MenuTitled {

    static final String SESSION_COUNTER = "queue.counter";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final QueueService queue;
    private final FieldService fields;
    private final CounterPauseService pauses;
    final Select<CounterRow> counter = new Select<>();
    final Span currentNumber = new Span();
    final Span currentInfo = new Span();
    final Button callNext = button("call-next", "queue.counter.call-next", VaadinIcon.BELL);
    final Button recall = button("recall", "queue.counter.recall", VaadinIcon.REFRESH);
    final Button served = button("served", "queue.counter.served", VaadinIcon.CHECK);
    final Button noShow = button("no-show", "queue.counter.no-show", VaadinIcon.CLOSE);
    final Button transfer = button("transfer", "queue.counter.transfer", VaadinIcon.EXCHANGE);
    final Button pause = button("pause", "queue.counter.pause", VaadinIcon.PAUSE);
    final Button resume = button("resume", "queue.counter.resume", VaadinIcon.PLAY);
    final Span pauseState = new Span();
    final Anchor timeline = new Anchor();
    final Grid<WaitingTicket> waiting = new Grid<>();
    final Span waitingCount = new Span();
    private Ticket current;

    CounterView(QueueService queue, CounterService counters, FieldService fields, Broadcaster broadcaster,
            CounterPauseService pauses, CounterOnDuty duty, CurrentUser user) {
        this.queue = queue;
        this.fields = fields;
        this.pauses = pauses;
        setSizeFull();
        counter.setId("counter");
        counter.setLabel(getTranslation("queue.counter.my-counter"));
        counter.setPlaceholder(getTranslation("queue.counter.choose"));
        List<CounterRow> active = counters.activeRows();
        counter.setItems(active);
        counter.setItemLabelGenerator(r -> r.counter().getName() + " – " + String.join(", ", r.fieldNames()));
        Object remembered = VaadinSession.getCurrent().getAttribute(SESSION_COUNTER);
        if (remembered == null) {
            // the first visit of the session: the counter today's duty schedule puts this officer at
            remembered = user.username().flatMap(u -> duty.counterOnDuty(u, queue.today())).orElse(null);
            VaadinSession.getCurrent().setAttribute(SESSION_COUNTER, remembered);
        }
        Object chosen = remembered;
        active.stream().filter(r -> r.counter().getId().equals(chosen)).findFirst().ifPresent(counter::setValue);
        counter.addValueChangeListener(e -> {
            VaadinSession.getCurrent().setAttribute(SESSION_COUNTER,
                    e.getValue() == null ? null : e.getValue().counter().getId());
            refresh();
        });
        counter.setWidth("min(30rem, 100%)");

        callNext.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        callNext.addClickListener(e -> act(() -> {
            Optional<Ticket> next = queue.callNext(counterId());
            if (next.isEmpty()) {
                FormErrors.success(getTranslation("queue.counter.nobody-waiting"));
            }
        }));
        recall.addClickListener(e -> act(() -> queue.recall(current.getId(), current.getVersion())));
        served.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        served.addClickListener(e -> act(() -> queue.serve(current.getId(), current.getVersion())));
        noShow.addThemeVariants(ButtonVariant.LUMO_ERROR);
        noShow.addClickListener(e -> act(() -> queue.noShow(current.getId(), current.getVersion())));
        transfer.addClickListener(e -> CounterDialogs.transfer(this, queue, current,
                active.stream().map(CounterRow::counter).toList(), this::refresh));
        pause.addClickListener(e -> CounterDialogs.pause(this, pauses, counter.getValue().counter(), this::refresh));
        resume.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        resume.addClickListener(e -> act(() -> pauses.resume(counterId())));
        pauseState.setId("pause-state");
        pauseState.addClassName("counter-paused");
        timeline.setId("timeline");
        timeline.setText(getTranslation("queue.counter.timeline"));

        currentNumber.setId("current-number");
        currentNumber.addClassName("counter-current-number");
        currentInfo.setId("current-info");
        currentInfo.addClassName("counter-current-info");
        Div currentBox = new Div(new Span(getTranslation("queue.counter.current")), currentNumber, currentInfo,
                timeline);
        currentBox.addClassName("counter-current");
        HorizontalLayout actions = new HorizontalLayout(callNext, recall, served, noShow, transfer, pause, resume);
        actions.getStyle().set("flex-wrap", "wrap");
        actions.setAlignItems(FlexComponent.Alignment.CENTER);

        configureGrid();
        waitingCount.setId("waiting-count");
        H3 waitingTitle = new H3(getTranslation("queue.counter.waiting-list"));
        add(counter, pauseState, currentBox, actions, new HorizontalLayout(waitingTitle, waitingCount), waiting);
        refresh();
        LiveUpdates.subscribe(this, broadcaster, QueueService.TOPIC, e -> refresh());
    }

    private Button button(String id, String key, VaadinIcon icon) {
        Button b = new Button(getTranslation(key), icon.create());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_LARGE);
        return b;
    }

    private void configureGrid() {
        waiting.setId("waiting");
        waiting.addColumn(w -> w.ticket().getNumber()).setHeader(getTranslation("queue.ticket.number"))
                .setKey("number").setAutoWidth(true).setFlexGrow(0);
        waiting.addColumn(WaitingTicket::fieldName).setHeader(getTranslation("queue.ticket.field")).setKey("field");
        waiting.addColumn(this::note).setHeader(getTranslation("queue.ticket.note")).setKey("note");
        waiting.addColumn(w -> TIME.format(w.ticket().getIssuedAt()))
                .setHeader(getTranslation("queue.ticket.issued-at")).setKey("issuedAt").setAutoWidth(true)
                .setFlexGrow(0);
        waiting.addColumn(w -> VnFormat.number(w.ticket().waited(queue.now()).toMinutes()))
                .setHeader(getTranslation("queue.ticket.waited-minutes")).setKey("waited").setAutoWidth(true)
                .setFlexGrow(0);
        waiting.addComponentColumn(w -> {
            Button mark = new Button(getTranslation("queue.counter.priority"), VaadinIcon.STAR.create(),
                    e -> CounterDialogs.priority(this, queue, w.ticket(), this::refresh));
            mark.setId("prioritize-" + w.ticket().getNumber());
            mark.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            mark.setVisible(w.ticket().getPriority() == null);
            return mark;
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        waiting.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        waiting.setEmptyStateText(getTranslation("queue.counter.nobody-waiting"));
    }

    /** Why the ticket is listed where it is: its priority group, or that it was transferred to this counter. */
    private String note(WaitingTicket w) {
        Ticket t = w.ticket();
        if (t.getPriority() != null) {
            return getTranslation(t.getPriority().labelKey());
        }
        return t.getTargetCounterId() != null ? getTranslation("queue.counter.for-this-counter") : "";
    }

    /** Runs a counter action; a refused one shows its reason at the counter choice or as a notice. */
    private void act(Runnable action) {
        FormErrors.attempt(this, Map.of("counter", counter), action);
        refresh();
    }

    private Long counterId() {
        return counter.getValue() == null ? null : counter.getValue().counter().getId();
    }

    void refresh() {
        Long c = counterId();
        current = c == null ? null : queue.current(c).orElse(null);
        currentNumber.setText(current == null ? "–" : current.getNumber());
        currentInfo.setText(current == null ? "" : getTranslation("queue.counter.current-info",
                fields.nameOf(current.getFieldId()).orElse(""), TIME.format(current.getIssuedAt()),
                VnFormat.number(current.waited(queue.now()).toMinutes())));
        if (current != null) {
            timeline.setHref("visit?ticket=" + current.getId());
        }
        timeline.setVisible(current != null);
        CounterPause paused = c == null ? null : pauses.current(c).orElse(null);
        pauseState.setVisible(paused != null);
        pauseState.setText(paused == null ? "" : getTranslation("queue.counter.paused",
                TIME.format(paused.getStartedAt()), pauseText(paused)));
        // while paused "call next" stays pressable: the service refuses it with the reason at the counter choice
        callNext.setEnabled(current == null);
        recall.setEnabled(current != null);
        served.setEnabled(current != null);
        noShow.setEnabled(current != null);
        transfer.setEnabled(current != null);
        pause.setVisible(paused == null);
        pause.setEnabled(c != null && current == null);
        resume.setVisible(paused != null);
        List<WaitingTicket> list = c == null ? List.of() : queue.waitingRows(c);
        waiting.setItems(list);
        waitingCount.setText(getTranslation("queue.counter.waiting-count", VnFormat.number(list.size())));
    }

    private String pauseText(CounterPause p) {
        String reason = getTranslation(p.getReason().labelKey());
        return p.getNote() == null ? reason : reason + " – " + p.getNote();
    }
}
