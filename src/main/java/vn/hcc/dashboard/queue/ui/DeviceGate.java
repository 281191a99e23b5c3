package vn.hcc.dashboard.queue.ui;

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
 * The door of the public device pages: the device token comes from the cookie the registration link set (HttpOnly,
 * so only the server reads it), and a browser without a valid one sees how to register instead of the page.
 */
final class DeviceGate {

    private DeviceGate() {
    }

    /** The device token in the current request's cookie, if any. */
    static Optional<String> token() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> DeviceService.COOKIE.equals(c.getName())).map(Cookie::getValue)
                        .findFirst();
    }

    /** The token of the registered device of {@code kind} this browser runs on (noted as seen); empty for others. */
    static Optional<String> open(DeviceService devices, DeviceKind kind) {
        return token().filter(t -> devices.open(t, kind).isPresent());
    }

    /** What an unregistered or revoked browser sees: no button, only how to register it. */
    static Component notRegistered(Component owner) {
        H1 title = new H1(owner.getTranslation("queue.device.unregistered.title"));
        Paragraph how = new Paragraph(owner.getTranslation("queue.device.unregistered.text"));
        Div page = new Div(title, how);
        page.setId("device-not-registered");
        page.addClassName("device-not-registered");
        return page;
    }
}
