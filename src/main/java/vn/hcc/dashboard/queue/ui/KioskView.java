package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.IssuedTicket;
import vn.hcc.dashboard.queue.QueueField;
import vn.hcc.dashboard.queue.QueueService;

/**
 * The ticket machine's touch screen: one big button per field an open counter serves, then the number, large. No
 * keyboard, no login, and no way into the rest of the app: no layout, no navigation, no links. The number goes away
 * after 20 seconds or a touch on "Xong", ready for the next citizen. Only a registered kiosk (see {@link DeviceGate})
 * shows the buttons; every ticket is issued in its name, so that the service can check it and limit its rate.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
class KioskView extends VerticalLayout implements HasDynamicTitle {

    private final QueueService queue;
    private final Div choices = new Div();
    private final Div result = new Div();
    private final Span number = new Span();
    private final Span field = new Span();
    private final Span details = new Span();
    private final Button done = new Button();
    private final String deviceToken;

    KioskView(QueueService queue, DeviceService devices) {
        this.queue = queue;
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
        H1 title = new H1(getTranslation("queue.kiosk.title"));
        title.addClassName("kiosk-title");
        choices.addClassName("kiosk-choices");
        choices.setId("choices");
        number.setId("ticket-number");
        number.addClassName("kiosk-number");
        field.setId("ticket-field");
        field.addClassName("kiosk-ticket-field");
        details.setId("ticket-details");
        details.addClassName("kiosk-ticket-details");
        done.setText(getTranslation("queue.kiosk.done"));
        done.setId("done");
        done.addClassName("kiosk-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        done.addClickListener(e -> showChoices());
        Span yourNumber = new Span(getTranslation("queue.kiosk.your-number"));
        yourNumber.addClassName("kiosk-your-number");
        result.add(yourNumber, number, field, details, done);
        result.addClassName("kiosk-result");
        result.setId("result");
        add(center, title, choices, result);
        showChoices();
    }

    private void showChoices() {
        choices.removeAll();
        List<QueueField> fields = queue.kioskFields();
        for (QueueField f : fields) {
            Button button = new Button(f.name(), e -> issue(f));
            button.setId("issue-" + f.code());
            button.addClassName("kiosk-button");
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
            choices.add(button);
        }
        if (fields.isEmpty()) {
            Paragraph closed = new Paragraph(getTranslation("queue.kiosk.closed"));
            closed.setId("closed");
            choices.add(closed);
        }
        choices.setVisible(true);
        result.setVisible(false);
    }

    private void issue(QueueField f) {
        IssuedTicket ticket;
        try {
            ticket = queue.issue(deviceToken, f.id());
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
        number.setText(ticket.number());
        field.setText(ticket.fieldName());
        details.setText(getTranslation("queue.kiosk.details",
                DateTimeFormatter.ofPattern("HH:mm").format(ticket.issuedAt()), VnFormat.date(ticket.issuedOn()),
                VnFormat.number(ticket.waitingAhead())));
        choices.setVisible(false);
        result.setVisible(true);
        // Back to the buttons after 20 s unless another ticket was shown meanwhile.
        done.getElement().executeJs("const id = $0; this.__ticket = id;"
                + " setTimeout(() => { if (this.__ticket === id) this.click(); }, 20000);", ticket.id());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.kiosk.page-title");
    }
}
