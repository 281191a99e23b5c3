package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import vn.hcc.dashboard.base.QrCodes;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.ByteDownloads;
import vn.hcc.dashboard.base.ui.PublicLinks;
import vn.hcc.dashboard.queue.IssuedTicket;

/**
 * The ticket as the kiosk shows it and as it prints on an 80 mm thermal printer: number, field, time, people ahead,
 * estimated wait and a QR code of {@code /hang-cho/{code}}. The same elements serve both: the print style sheet
 * (kiosk.css, {@code @media print}) hides the rest of the page and sets the roll's width, so what the citizen sees is
 * what the printer gets.
 */
class KioskTicket extends Div {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    final Span number = new Span();
    final Span field = new Span();
    final Span issued = new Span();
    final Span ahead = new Span();
    final Span estimate = new Span();
    final Span priority = new Span();
    final Span code = new Span();
    final Div qrBox = new Div();

    KioskTicket() {
        setId("ticket");
        addClassName("kiosk-ticket");
        Span center = new Span(getTranslation("app.name"));
        center.addClassName("kiosk-ticket-center");
        Span yourNumber = new Span(getTranslation("queue.kiosk.your-number"));
        yourNumber.addClassName("kiosk-your-number");
        number.setId("ticket-number");
        number.addClassName("kiosk-number");
        field.setId("ticket-field");
        field.addClassName("kiosk-ticket-field");
        issued.setId("ticket-issued");
        ahead.setId("ticket-ahead");
        estimate.setId("ticket-estimate");
        priority.setId("ticket-priority");
        priority.addClassName("kiosk-ticket-priority");
        Div facts = new Div(priority, issued, ahead, estimate);
        facts.addClassName("kiosk-ticket-facts");
        code.setId("ticket-code");
        qrBox.addClassName("kiosk-ticket-qr");
        Span follow = new Span(getTranslation("queue.kiosk.follow"));
        follow.addClassName("kiosk-ticket-follow");
        Div qrText = new Div(follow, code);
        qrText.addClassName("kiosk-ticket-qr-text");
        Div qrRow = new Div(qrBox, qrText);
        qrRow.addClassName("kiosk-ticket-qr-row");
        add(center, yourNumber, number, field, facts, qrRow);
    }

    void show(IssuedTicket ticket) {
        number.setText(ticket.number());
        field.setText(ticket.fieldName());
        issued.setText(getTranslation("queue.kiosk.issued", TIME.format(ticket.issuedAt()),
                VnFormat.date(ticket.issuedOn())));
        ahead.setText(getTranslation("queue.kiosk.ahead", VnFormat.number(ticket.waitingAhead())));
        estimate.setText(estimateText(this, ticket.estimatedWait()));
        priority.setText(ticket.priority() == null ? ""
                : getTranslation("queue.kiosk.priority-ticket", getTranslation(ticket.priority().labelKey())));
        priority.setVisible(ticket.priority() != null);
        code.setText(ticket.trackingCode());
        String link = PublicLinks.absolute("hang-cho/" + ticket.trackingCode());
        byte[] png = QrCodes.png(link, 240);
        Image qr = new Image(ByteDownloads.of(() -> png, "so-thu-tu-" + ticket.trackingCode() + ".png", "image/png"),
                getTranslation("queue.kiosk.qr-alt", ticket.number()));
        qr.setId("ticket-qr");
        qrBox.removeAll();
        qrBox.add(qr);
    }

    /** "Thời gian chờ dự kiến: khoảng 15 phút", or that nobody is ahead, or that no counter serves the field. */
    static String estimateText(com.vaadin.flow.component.Component owner, Duration wait) {
        if (wait == null) {
            return owner.getTranslation("queue.estimate.unknown");
        }
        if (wait.isZero()) {
            return owner.getTranslation("queue.estimate.none");
        }
        return owner.getTranslation("queue.estimate.minutes", VnFormat.number(wait.toMinutes()));
    }
}
