package vn.hcc.dashboard.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletService;
import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.hcc.dashboard.KaribuTest;

/**
 * An idle signed-in tab closes (Vaadin's {@code closeIdleSessions}: heartbeats alone no longer keep a session) and
 * lands on the login page, which says why; the public device pages simply reload into a fresh anonymous session.
 */
class SessionExpiryTest extends KaribuTest {

    @Test
    void idleSessionsAreClosedDespiteHeartbeats() throws IOException {
        assertThat(new ResourcePropertySource("classpath:application.properties")
                .getProperty("vaadin.closeIdleSessions")).isEqualTo("true");
    }

    @Test
    void anExpiredSignedInPageGoesStraightToTheLoginPageWithTheReason() {
        SystemMessages messages = messagesFor("http://localhost/admin/users");
        assertThat(messages.isSessionExpiredNotificationEnabled()).isFalse();
        assertThat(messages.getSessionExpiredURL()).isEqualTo("/login?expired");
    }

    @Test
    void anExpiredPublicDevicePageReloadsItself() {
        for (String page : new String[] {"http://localhost/kiosk", "http://localhost/display", "http://localhost/gop-y"}) {
            SystemMessages messages = messagesFor(page);
            assertThat(messages.isSessionExpiredNotificationEnabled()).as(page).isFalse();
            // No address: Vaadin's client reloads the page it shows, which opens a new anonymous session.
            assertThat(messages.getSessionExpiredURL()).as(page).isNull();
        }
        assertThat(messagesFor(null).getSessionExpiredURL()).isNull();
    }

    /** The messages Vaadin answers an expired session's heartbeat with, sent from {@code page}. */
    private static SystemMessages messagesFor(String page) {
        MockHttpServletRequest http = new MockHttpServletRequest("POST", "/");
        if (page != null) {
            http.addHeader("Referer", page);
        }
        VaadinService service = VaadinService.getCurrent();
        return service.getSystemMessages(Locale.of("vi"),
                new VaadinServletRequest(http, (VaadinServletService) service));
    }
}
