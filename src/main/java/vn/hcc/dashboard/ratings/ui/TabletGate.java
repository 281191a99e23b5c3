package vn.hcc.dashboard.ratings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;

/**
 * The rating tablet's door, as the kiosk's: the device token from the cookie the registration link set (HttpOnly,
 * read by the server only), and what a browser without a valid one sees instead of the page.
 */
final class TabletGate {

    private TabletGate() {
    }

    /** The token of the registered rating tablet this browser is (noted as seen); empty for any other browser. */
    static Optional<String> open(DeviceService devices) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return (cookies == null ? Optional.<String>empty()
                : Arrays.stream(cookies).filter(c -> DeviceService.COOKIE.equals(c.getName())).map(Cookie::getValue)
                        .findFirst()).filter(t -> devices.open(t, DeviceKind.RATING_TABLET).isPresent());
    }

    /** No button, only how to register the device; or, for {@code messageKey}, why the tablet cannot work here. */
    static Component closed(Component owner, String titleKey, String message) {
        H1 title = new H1(owner.getTranslation(titleKey));
        Paragraph how = new Paragraph(message);
        Div page = new Div(title, how);
        page.setId("device-not-registered");
        page.addClassName("device-not-registered");
        return page;
    }

    static Component notRegistered(Component owner) {
        return closed(owner, "queue.device.unregistered.title",
                owner.getTranslation("queue.device.unregistered.text"));
    }
}
