package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.TicketTracking;
import vn.hcc.dashboard.queue.TicketTrackingService;

/**
 * The citizen's phone after scanning the ticket's QR code ({@code /hang-cho/K7QF-M2XD}): the number, how many wait
 * before it and the estimated wait, live (Push) until it is called, then the counter to go to. No login, and
 * nothing about other citizens; without a code it asks for one.
 */
@Route(value = "hang-cho", autoLayout = false)
@AnonymousAllowed
class TicketTrackView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final TicketTrackingService tracking;
    final TextField code = new TextField();
    final Div result = new Div();
    private String shown;

    TicketTrackView(TicketTrackingService tracking, Broadcaster broadcaster) {
        this.tracking = tracking;
        addClassName("ticket-track-view");
        Span center = new Span(getTranslation("app.name"));
        center.addClassName("ticket-track-center");
        H1 title = new H1(getTranslation("queue.track.title"));
        title.addClassName("ticket-track-title");
        code.setId("code");
        code.setLabel(getTranslation("queue.track.code"));
        code.setPlaceholder("XXXX-XXXX");
        code.setMaxLength(20);
        Button look = new Button(getTranslation("queue.track.look"), e -> show(code.getValue()));
        look.setId("look");
        look.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        look.addClickShortcut(Key.ENTER);
        HorizontalLayout search = new HorizontalLayout(code, look);
        search.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        search.setWrap(true);
        result.setId("result");
        result.addClassName("ticket-track-result");
        result.setWidthFull();
        add(center, title, result, search);
        LiveUpdates.subscribe(this, broadcaster, QueueService.TOPIC, e -> refresh());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        if (parameter != null) {
            code.setValue(parameter);
            show(parameter);
        }
    }

    void show(String value) {
        shown = value == null || value.isBlank() ? null : value.trim();
        refresh();
    }

    void refresh() {
        result.removeAll();
        if (shown == null) {
            return;
        }
        tracking.track(shown).ifPresentOrElse(this::render, () -> {
            Paragraph none = new Paragraph(getTranslation("queue.track.unknown", shown));
            none.setId("unknown");
            result.add(none);
        });
    }

    private void render(TicketTracking t) {
        Span number = new Span(t.number());
        number.setId("track-number");
        number.addClassName("ticket-track-number");
        Span field = new Span(t.fieldName());
        field.setId("track-field");
        field.addClassName("ticket-track-field");
        Paragraph state = new Paragraph(stateText(t));
        state.setId("track-state");
        state.addClassName("ticket-track-state");
        state.addClassName("ticket-track-" + t.state().name().toLowerCase(java.util.Locale.ROOT));
        result.add(number, field, state);
        if (t.state() == TicketTracking.State.WAITING) {
            Paragraph estimate = new Paragraph(KioskTicket.estimateText(this, t.estimatedWait()));
            estimate.setId("track-estimate");
            result.add(estimate);
        }
        if (t.transferredFrom() != null) {
            Paragraph moved = new Paragraph(getTranslation("queue.track.transferred", t.transferredFrom(),
                    t.number()));
            moved.setId("track-transferred");
            result.add(moved);
        }
        Paragraph issued = new Paragraph(getTranslation("queue.track.issued", KioskTicket.TIME.format(t.issuedAt()),
                VnFormat.date(t.issuedAt().toLocalDate())));
        issued.addClassName("ticket-track-issued");
        result.add(issued);
    }

    private String stateText(TicketTracking t) {
        return switch (t.state()) {
            case WAITING -> getTranslation("queue.track.waiting", VnFormat.number(t.ahead()));
            case CALLED -> getTranslation("queue.track.called", t.counterName());
            case SERVED -> getTranslation("queue.track.served");
            case NO_SHOW -> getTranslation("queue.track.no-show");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.track.page-title");
    }
}
