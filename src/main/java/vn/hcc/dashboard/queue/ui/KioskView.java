package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.FieldWait;
import vn.hcc.dashboard.queue.IssuedTicket;
import vn.hcc.dashboard.queue.KioskHours;
import vn.hcc.dashboard.queue.KioskSettings;
import vn.hcc.dashboard.queue.OpeningHoursService;
import vn.hcc.dashboard.queue.QueueField;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.TicketPriority;
import vn.hcc.dashboard.queue.TicketTrackingService;

/**
 * The ticket machine's touch screen: one big button per field an open counter serves (with the estimated wait),
 * then the ticket, large, ready to print on the 80 mm roll. No keyboard, no login, no way into the rest of the app.
 * Outside the opening hours it says when it opens and offers no button; it looks again every 30 seconds, so it
 * closes and opens by itself. Only a registered kiosk (see {@link DeviceGate}) shows anything.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
class KioskView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 30_000;

    private final QueueService queue;
    private final OpeningHoursService openingHours;
    private final TicketTrackingService tracking;
    private final KioskSettings settings;
    final Div choices = new Div();
    final Div priorities = new Div();
    private TicketPriority priority;
    final Div closed = new Div();
    final Div result = new Div();
    final KioskTicket ticket = new KioskTicket();
    private final H1 title = new H1();
    final Button print = new Button();
    final Button done = new Button();
    private final String deviceToken;

    KioskView(QueueService queue, DeviceService devices, OpeningHoursService openingHours,
            TicketTrackingService tracking, KioskSettings settings) {
        this.queue = queue;
        this.openingHours = openingHours;
        this.tracking = tracking;
        this.settings = settings;
        addClassName("kiosk-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        this.deviceToken = DeviceGate.open(devices, DeviceKind.KIOSK).orElse(null);
        if (deviceToken == null) {
            add(DeviceGate.notRegistered(this));
            return;
        }
        Span center = new Span(getTranslation("app.name"));
        center.addClassName("kiosk-center");
        title.setText(getTranslation("queue.kiosk.title"));
        title.addClassName("kiosk-title");
        choices.addClassName("kiosk-choices");
        choices.setId("choices");
        priorities.setId("priorities");
        priorities.addClassName("kiosk-priorities");
        closed.setId("closed");
        closed.addClassName("kiosk-closed");
        print.setText(getTranslation("queue.kiosk.print"));
        print.setId("print");
        print.addClassName("kiosk-done");
        print.addThemeVariants(ButtonVariant.LUMO_LARGE);
        print.addClickListener(e -> print.getElement().executeJs("window.print()"));
        done.setText(getTranslation("queue.kiosk.done"));
        done.setId("done");
        done.addClassName("kiosk-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        done.addClickListener(e -> showChoices());
        Div buttons = new Div(print, done);
        buttons.addClassName("kiosk-result-buttons");
        result.add(ticket, buttons);
        result.addClassName("kiosk-result");
        result.setId("result");
        add(center, title, priorities, choices, closed, result);
        showChoices();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (deviceToken != null) {
            attach.getUI().setPollInterval(POLL_MILLIS);
            Registration poll = attach.getUI().addPollListener(e -> {
                if (!result.isVisible()) {
                    showChoices(); // opens and closes with the hours, and follows counters opened meanwhile
                }
            });
            addDetachListener(detach -> {
                detach.unregisterListener();
                poll.remove();
            });
        }
    }

    void showChoices() {
        choices.removeAll();
        closed.removeAll();
        result.setVisible(false);
        KioskHours hours = openingHours.now();
        title.setVisible(hours.open());
        choosePriority(null);
        priorities.setVisible(hours.open());
        if (!hours.open()) {
            showClosed(hours);
            return;
        }
        List<QueueField> fields = queue.kioskFields();
        Map<Long, FieldWait> waits = tracking.estimatedWaits();
        for (QueueField f : fields) {
            Span name = new Span(f.name());
            name.addClassName("kiosk-button-name");
            Span wait = new Span(waitText(waits.get(f.id())));
            wait.addClassName("kiosk-button-wait");
            Button button = new Button();
            button.getElement().appendChild(name.getElement(), wait.getElement());
            button.addClickListener(e -> issue(f));
            button.setId("issue-" + f.code());
            button.addClassName("kiosk-button");
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            choices.add(button);
        }
        if (fields.isEmpty()) {
            closed.add(new Span(getTranslation("queue.kiosk.closed")));
        }
        choices.setVisible(!fields.isEmpty());
        priorities.setVisible(!fields.isEmpty());
        closed.setVisible(fields.isEmpty());
    }

    /**
     * The priority row above the fields: a citizen who is elderly, disabled or pregnant touches it first (touch again
     * to undo); the next field touched gives a priority ticket. Reset after each ticket.
     */
    private void choosePriority(TicketPriority chosen) {
        priority = chosen;
        priorities.removeAll();
        Span label = new Span(getTranslation("queue.kiosk.priority"));
        label.addClassName("kiosk-priority-label");
        priorities.add(label);
        for (TicketPriority p : TicketPriority.values()) {
            Button b = new Button(getTranslation(p.labelKey()), e -> choosePriority(p == priority ? null : p));
            b.setId("priority-" + p.name());
            b.addClassName("kiosk-priority");
            b.addThemeVariants(ButtonVariant.LUMO_LARGE);
            if (p == chosen) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
                b.addClassName("kiosk-priority-chosen");
            }
            priorities.add(b);
        }
    }

    /** "Đang chờ 4 người · khoảng 12 phút" on a field's button. */
    private String waitText(FieldWait wait) {
        if (wait == null || wait.estimate() == null) {
            return getTranslation("queue.estimate.unknown");
        }
        if (wait.waiting() == 0) {
            return getTranslation("queue.kiosk.nobody-waiting");
        }
        return getTranslation("queue.kiosk.button-wait", VnFormat.number(wait.waiting()),
                VnFormat.number(wait.estimate().toMinutes()));
    }

    private void showClosed(KioskHours hours) {
        title.setVisible(false);
        choices.setVisible(false);
        closed.setVisible(true);
        H1 title = new H1(getTranslation("queue.kiosk.closed-title"));
        title.setId("closed-title");
        Span next = new Span(hours.nextOpening() == null ? getTranslation("queue.kiosk.closed-no-date")
                : getTranslation("queue.kiosk.opens-next", KioskTicket.TIME.format(hours.nextOpening()),
                        getTranslation("calendar.weekday." + hours.nextOpening().getDayOfWeek().name()),
                        VnFormat.date(hours.nextOpening().toLocalDate())));
        next.setId("opens-next");
        next.addClassName("kiosk-opens-next");
        closed.add(title, next, new OpeningHoursTable(openingHours.week()));
    }

    private void issue(QueueField f) {
        IssuedTicket issued;
        try {
            issued = queue.issue(deviceToken, f.id(), priority);
        } catch (FieldValidationException refused) {
            FormErrors.error(getTranslation(refused.messageKey(), refused.args()));
            if ("device".equals(refused.field())) {
                removeAll(); // revoked meanwhile: the kiosk goes dark until it is registered again
                add(DeviceGate.notRegistered(this));
            } else {
                showChoices();
            }
            return;
        }
        ticket.show(issued);
        title.setVisible(false);
        priorities.setVisible(false);
        choices.setVisible(false);
        closed.setVisible(false);
        result.setVisible(true);
        if (settings.isAutoPrint()) {
            print.getElement().executeJs("setTimeout(() => window.print(), 300)");
        }
        // Back to the buttons after 20 s unless another ticket was shown meanwhile.
        done.getElement().executeJs("const id = $0; this.__ticket = id;"
                + " setTimeout(() => { if (this.__ticket === id) this.click(); }, 20000);", issued.id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.kiosk.page-title");
    }
}
