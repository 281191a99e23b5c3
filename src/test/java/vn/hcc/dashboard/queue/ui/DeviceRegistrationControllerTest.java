package vn.hcc.dashboard.queue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;

/**
 * Behind HTTPS (a TLS proxy that forwards the scheme) the device cookie is Secure; the app's context path is kept in
 * the redirect. The plain HTTP case runs over a real server in {@code PublicRoutesHttpTest}.
 */
class DeviceRegistrationControllerTest {

    @Test
    void overHttpsTheCookieIsSecureAndTheRedirectKeepsTheContextPath() {
        DeviceService devices = mock(DeviceService.class);
        when(devices.kindOf("tok")).thenReturn(Optional.of(DeviceKind.DISPLAY));
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/hcc/thiet-bi/dang-ky");
        request.setContextPath("/hcc");
        request.setSecure(true);
        ResponseEntity<Void> answer = new DeviceRegistrationController(devices).register("tok", request);
        assertThat(answer.getStatusCode().value()).isEqualTo(302);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.LOCATION)).isEqualTo("/hcc/display");
        assertThat(answer.getHeaders().getFirst(HttpHeaders.SET_COOKIE)).startsWith("hcc_device=tok;")
                .contains("; Secure", "; HttpOnly", "; SameSite=Lax", "; Path=/");
    }
}
