package vn.hcc.dashboard.queue.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;

/**
 * The registration link a device opens once: it keeps the token in a long-lived cookie and sends the browser to the
 * device's page. A plain HTTP endpoint, not a Vaadin view, because only an HTTP response can set an HttpOnly cookie,
 * the kind a page's scripts cannot read. An unknown or revoked token sets nothing and lands on the kiosk page, which
 * explains how to register.
 */
@Controller
class DeviceRegistrationController {

    /** Browsers keep a cookie at most 400 days; a device opened every day stays registered while the token is valid. */
    static final Duration COOKIE_AGE = Duration.ofDays(400);

    private final DeviceService devices;

    DeviceRegistrationController(DeviceService devices) {
        this.devices = devices;
    }

    @GetMapping(DeviceService.REGISTRATION_PATH)
    ResponseEntity<Void> register(@RequestParam(name = "token", required = false) String token,
            HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        Optional<DeviceKind> kind = token == null ? Optional.empty() : devices.kindOf(token);
        if (kind.isEmpty()) {
            return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, home + DeviceKind.KIOSK.route())
                    .build();
        }
        ResponseCookie cookie = ResponseCookie.from(DeviceService.COOKIE, token).httpOnly(true).sameSite("Lax")
                .path("/").secure(request.isSecure()).maxAge(COOKIE_AGE).build();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.LOCATION, home + kind.get().route()).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
