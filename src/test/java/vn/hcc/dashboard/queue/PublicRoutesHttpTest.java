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

/**
 * Without a session, Spring Security lets the kiosk, the display and the public PAKN answers through (Vaadin knows
 * them as {@code @AnonymousAllowed} routes) and still sends every other page to the login. The same server
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
        AuthorizationFilter filter = security.getFilterChains().stream().flatMap(c -> c.getFilters().stream())
                .filter(AuthorizationFilter.class::isInstance).map(AuthorizationFilter.class::cast).findFirst()
                .orElseThrow();
        AnonymousAuthenticationToken anonymous = new AnonymousAuthenticationToken("key", "anonymousUser",
                List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS")));
        for (String path : new String[] {"/kiosk", "/display", "/gop-y"}) {
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
    void everyOtherQueuePageNeedsALogin() {
        for (String path : new String[] {"/queue/counter", "/queue/figures", "/admin/counters", "/"}) {
            client.get().uri(path).exchange().expectStatus().isFound()
                    .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).as("GET %s", path).endsWith("/login"));
        }
    }
}
