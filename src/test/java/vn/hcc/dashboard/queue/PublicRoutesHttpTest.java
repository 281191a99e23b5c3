package vn.hcc.dashboard.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Without a session, Spring Security lets the kiosk, the display and the public PAKN answers through (Vaadin knows
 * them as {@code @AnonymousAllowed} routes; the kiosk and the display then open only on a registered device) and still
 * sends every other page to the login. The device registration link sets the device's cookie. The same server
 * configuration as FormLoginHttpTest, session timeout included, so both classes share one running server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "SESSION_TIMEOUT=45m"})
@ActiveProfiles("test")
class PublicRoutesHttpTest {

    @Value("${local.server.port}")
    private int port;

    @Autowired
    private FilterChainProxy security;
    @Autowired
    private DeviceService devices;

    private RestTestClient client;

    @BeforeEach
    void setUp() {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        client = RestTestClient.bindToServer(new JdkClientHttpRequestFactory(http))
                .baseUrl("http://localhost:" + port).build();
    }

    /**
     * The kiosk and the display pass the security filter chain anonymously. Asked of the chain's authorization rules
     * directly, because rendering the page over HTTP would need the production front-end bundle, which only
     * {@code package} builds.
     */
    @Test
    void theKioskAndTheDisplayPassTheSecurityFilterAnonymously() {
        // the chain of the app's pages on the app's port (the API's chain, /api/v1/**, comes first; the management
        // port has its own)
        AuthorizationFilter filter = security.getFilterChains().stream().filter(c -> c.matches(get("/kiosk")))
                .findFirst().orElseThrow().getFilters().stream()
                .filter(AuthorizationFilter.class::isInstance).map(AuthorizationFilter.class::cast).findFirst()
                .orElseThrow();
        AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));
        for (String path : new String[] {"/kiosk", "/display", "/gop-y", "/thiet-bi/dang-ky"}) {
            assertThat(filter.getAuthorizationManager().authorize(() -> anonymous, get(path)).isGranted())
                    .as("anonymous GET %s", path).isTrue();
        }
        for (String path : new String[] {"/queue/counter", "/queue/figures", "/admin/counters", "/intake", "/pakn",
                "/pakn/all", "/pakn/item"}) {
            assertThat(filter.getAuthorizationManager().authorize(() -> anonymous, get(path)).isGranted())
                    .as("anonymous GET %s", path).isFalse();
        }
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setPathInfo(path);
        return request;
    }

    @Test
    void theRegistrationLinkKeepsTheTokenInAnHttpOnlyCookieAndOpensTheDevicesPage() {
        RegisteredDevice kiosk = SystemAccess.asAdmin(() -> devices.register(new DeviceDraft(
                "Kiosk HTTP " + System.nanoTime(), DeviceKind.KIOSK, null)));
        RegisteredDevice display = SystemAccess.asAdmin(() -> devices.register(new DeviceDraft(
                "Màn hình HTTP " + System.nanoTime(), DeviceKind.DISPLAY, null)));
        client.get().uri(kiosk.registrationPath()).exchange().expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).endsWith("/kiosk"))
                .expectHeader().value(HttpHeaders.SET_COOKIE, c -> assertThat(c)
                        .startsWith("hcc_device=" + kiosk.token() + ";")
                        .contains("; Path=/", "; HttpOnly", "; SameSite=Lax", "; Max-Age=34560000")
                        .doesNotContain("Secure"));
        client.get().uri(display.registrationPath()).exchange().expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).endsWith("/display"))
                .expectHeader().value(HttpHeaders.SET_COOKIE, c -> assertThat(c)
                        .startsWith("hcc_device=" + display.token() + ";"));

        SystemAccess.asAdmin(() -> devices.revoke(kiosk.device().getId()));
        for (String path : new String[] {kiosk.registrationPath(), "/thiet-bi/dang-ky?token=made-up",
                "/thiet-bi/dang-ky"}) {
            client.get().uri(path).exchange().expectStatus().isFound()
                    .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).as(path).endsWith("/kiosk"))
                    .expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
        }
    }

    @Test
    void everyOtherQueuePageNeedsALogin() {
        for (String path : new String[] {"/queue/counter", "/queue/figures", "/admin/counters", "/"}) {
            client.get().uri(path).exchange().expectStatus().isFound()
                    .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).as("GET %s", path).endsWith("/login"));
        }
    }
}
