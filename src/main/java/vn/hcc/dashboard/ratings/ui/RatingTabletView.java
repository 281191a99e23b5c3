package vn.hcc.dashboard.ratings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.ratings.RatingLevel;
import vn.hcc.dashboard.ratings.RatingReason;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.ratings.TabletCounter;
import vn.hcc.dashboard.ratings.TabletPrompt;

/**
 * The citizens' rating tablet at a counter ({@code /danh-gia?quay=Q1}): idle until the counter finishes a ticket,
 * then the ticket's number, the officer's name and three large buttons; "Chưa hài lòng" asks a reason and allows a
 * comment; then thanks and back to idle by itself after {@code app.rating.idle-after}. No login, layout or link, and
 * only on a registered rating tablet; it follows the counter live (Push) as it calls and finishes tickets.
 */
@Route(value = "danh-gia", autoLayout = false)
@AnonymousAllowed
class RatingTabletView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final RatingService ratings;
    private final DeviceService devices;
    private final Broadcaster broadcaster;
    private final IdleTimer timer = new IdleTimer(this);
    private final Div screen = new Div();
    private String token;
    private TabletCounter counter;
    private TabletPrompt shown;
    /** While the citizen answers or is thanked, live updates do not take the screen away. */
    private boolean busy;
    private boolean subscribed;
    private RatingReason reason;

    RatingTabletView(RatingService ratings, DeviceService devices, Broadcaster broadcaster) {
        this.ratings = ratings;
        this.devices = devices;
        this.broadcaster = broadcaster;
        addClassName("rating-tablet");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        screen.addClassName("rating-screen");
        screen.setId("screen");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        token = TabletGate.open(devices).orElse(null);
        if (token == null) {
            add(TabletGate.notRegistered(this));
            return;
        }
        String quay = event.getLocation().getQueryParameters().getSingleParameter("quay").orElse(null);
        try {
            counter = ratings.tabletCounter(token, quay);
        } catch (FieldValidationException e) {
            add("device".equals(e.field()) ? TabletGate.notRegistered(this)
                    : TabletGate.closed(this, "rating.tablet.closed", getTranslation(e.messageKey(), e.args())));
            return;
        }
        Span center = new Span(getTranslation("app.name"));
        center.addClassName("rating-center");
        Span counterName = new Span(counter.name());
        counterName.addClassName("rating-counter");
        counterName.setId("counter-name");
        add(center, counterName, screen);
        busy = false;
        refresh();
        if (!subscribed) {
            subscribed = true;
            LiveUpdates.subscribe(this, broadcaster, QueueService.TOPIC, e -> refresh());
            LiveUpdates.subscribe(this, broadcaster, RatingService.TOPIC, e -> refresh());
        }
    }

    /** Shows what the counter's state asks for, unless the citizen is answering or being thanked. */
    void refresh() {
        if (busy || token == null || counter == null) {
            return;
        }
        TabletPrompt prompt;
        try {
            prompt = ratings.prompt(token, counter.id());
        } catch (FieldValidationException e) {
            shutDown(e);
            return;
        }
        if (prompt.equals(shown)) {
            return;
        }
        shown = prompt;
        screen.removeAll();
        switch (prompt.state()) {
            case ASK -> ask(prompt);
            case SERVING -> idle(getTranslation("rating.tablet.serving", prompt.ticketNumber()));
            case IDLE -> idle(getTranslation("rating.tablet.idle-hint"));
        }
    }

    private void idle(String hint) {
        H1 title = new H1(getTranslation("rating.tablet.idle"));
        title.addClassName("rating-title");
        title.setId("idle");
        Paragraph p = new Paragraph(hint);
        p.setId("idle-hint");
        p.addClassName("rating-hint");
        screen.add(title, p);
    }

    private void ask(TabletPrompt prompt) {
        Span ticket = new Span(getTranslation("rating.tablet.ticket", prompt.ticketNumber()));
        ticket.setId("ticket");
        ticket.addClassName("rating-ticket");
        Span officer = new Span(getTranslation("rating.tablet.officer", prompt.officerName()));
        officer.setId("officer");
        officer.addClassName("rating-officer");
        H1 question = new H1(getTranslation("rating.tablet.question"));
        question.addClassName("rating-title");
        Div buttons = new Div();
        buttons.addClassName("rating-levels");
        for (RatingLevel level : RatingLevel.values()) {
            Button b = new Button(getTranslation("rating.level." + level.name()), e -> chose(prompt, level));
            b.setId("rate-" + level.name());
            b.addClassNames("rating-button", "rating-" + level.name().toLowerCase().replace('_', '-'));
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            buttons.add(b);
        }
        screen.add(ticket, officer, question, buttons);
    }

    private void chose(TabletPrompt prompt, RatingLevel level) {
        if (level == RatingLevel.UNSATISFIED) {
            reasons(prompt);
        } else {
            send(prompt, level, null, null);
        }
    }

    /** "Chưa hài lòng": a reason (required) and an optional comment, then send or go back. */
    private void reasons(TabletPrompt prompt) {
        busy = true;
        reason = null;
        screen.removeAll();
        H1 title = new H1(getTranslation("rating.tablet.reason-question"));
        title.addClassName("rating-title");
        Div choices = new Div();
        choices.addClassName("rating-reasons");
        Span error = new Span();
        error.setId("reason-error");
        error.addClassName("rating-error");
        for (RatingReason r : RatingReason.values()) {
            Button b = new Button(getTranslation("rating.reason." + r.name()));
            b.setId("reason-" + r.name());
            b.addClassName("rating-reason");
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            b.addClickListener(e -> {
                reason = r;
                error.setText("");
                choices.getChildren().forEach(c -> c.getElement().getClassList().remove("selected"));
                b.addClassName("selected");
            });
            choices.add(b);
        }
        TextArea comment = new TextArea(getTranslation("rating.tablet.comment"));
        comment.setId("comment");
        comment.setMaxLength(RatingService.MAX_COMMENT);
        comment.addClassName("rating-comment");
        Button send = new Button(getTranslation("rating.tablet.send"), e -> {
            if (reason == null) {
                error.setText(getTranslation("rating.error.reason-required"));
                return;
            }
            send(prompt, RatingLevel.UNSATISFIED, reason, comment.getValue());
        });
        send.setId("send");
        send.addClassNames("rating-button", "rating-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button back = new Button(getTranslation("rating.tablet.back"), e -> {
            busy = false;
            shown = null;
            refresh();
        });
        back.setId("back");
        back.addClassName("rating-back");
        back.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(back, send);
        actions.addClassName("rating-actions");
        screen.add(title, choices, error, comment, actions);
    }

    private void send(TabletPrompt prompt, RatingLevel level, RatingReason why, String comment) {
        try {
            ratings.rate(token, prompt.ticketId(), level, why, comment);
            thanks(getTranslation("rating.tablet.thanks"));
        } catch (FieldValidationException e) {
            if ("device".equals(e.field())) {
                shutDown(e);
            } else if ("comment".equals(e.field()) || "reason".equals(e.field())) {
                // stays on the reason step: say it where the citizen looks
                screen.getChildren().filter(c -> c.getId().filter("reason-error"::equals).isPresent()).findFirst()
                        .ifPresent(c -> ((Span) c).setText(getTranslation(e.messageKey(), e.args())));
            } else {
                thanks(getTranslation(e.messageKey(), e.args())); // rated already, on another tablet: kindly
            }
        }
    }

    private void thanks(String message) {
        busy = true;
        screen.removeAll();
        H1 title = new H1(message);
        title.setId("thanks");
        title.addClassName("rating-title");
        screen.add(title);
        timer.after(ratings.idleAfter(), () -> {
            busy = false;
            shown = null;
            refresh();
        });
    }

    private void shutDown(FieldValidationException e) {
        timer.cancel();
        token = null;
        removeAll();
        add("device".equals(e.field()) ? TabletGate.notRegistered(this)
                : TabletGate.closed(this, "rating.tablet.closed", getTranslation(e.messageKey(), e.args())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rating.tablet.page-title");
    }
}
