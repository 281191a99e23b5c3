package vn.hcc.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.EnumSet;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The real login over HTTP on a running server: Spring Security's form login at {@code POST /login}. The login form
 * posts the CSRF token of the page it was loaded from (Vaadin writes it into {@code <meta name="_csrf">}, and the
 * LoginForm adds it to its native post), so {@link #login} loads the page first as a browser does; a post without
 * the token (login CSRF from another site) signs nobody in.
 *
 * <p>Vaadin runs in production mode here because the test class path has no {@code vaadin-dev}; the security
 * filter answers every request below before Vaadin would need a front-end bundle. {@code SESSION_TIMEOUT} is set to
 * show that the variable reaches the real HTTP session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "SESSION_TIMEOUT=45m"})
@ActiveProfiles("test")
class FormLoginHttpTest {

    @Value("${local.server.port}")
    private int port;

    @Autowired
    private UserService users;

    @Autowired
    private ApplicationContext context;

    private RestTestClient client;

    @BeforeEach
    void setUp() {
        // The redirects are what we assert, so the client must not follow them.
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        client = RestTestClient.bindToServer(new JdkClientHttpRequestFactory(http))
                .baseUrl("http://localhost:" + port).build();
    }

    @Test
    void adminLogsInWithTheDemoPasswordAndGetsASignedInSession() throws IOException {
        EntityExchangeResult<String> result = login("admin", "demo1234").expectStatus().isFound()
                .returnResult(String.class);
        assertThat(result.getResponseHeaders().getLocation()).hasToString("http://localhost:" + port + "/");

        HttpSession session = serverSession(result.getResponseCookies().getFirst("JSESSIONID").getValue());
        SecurityContext security = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(security.getAuthentication().getName()).isEqualTo("admin");
        assertThat(security.getAuthentication().getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_ADMIN").doesNotContain("ROLE_DIRECTOR");
        assertThat(session.getMaxInactiveInterval()).isEqualTo(45 * 60);
    }

    @Test
    void wrongPasswordIsSentBackToTheLoginPageWithTheError() {
        login("admin", "sai-mat-khau").expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).endsWith("/login?error"));
        login("khongtontai", "demo1234").expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void disabledUserCannotLogIn() {
        SystemAccess.asAdmin(() -> {
            AppUser user = users.create(new UserService.NewUser("khoa.tk", "Đỗ Văn Khóa", "Mat-khau-2026",
                    EnumSet.of(Role.RECEPTION)));
            users.update(user.getId(), user.getVersion(), user.getFullName(), user.getRoles(), false);
        });
        login("khoa.tk", "Mat-khau-2026").expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void sixWrongPasswordsLockTheAccountAndTheRightOneIsRefusedWithTheReason() {
        SystemAccess.asAdmin(() -> users.create(new UserService.NewUser("doan.tk", "Đoàn Văn Thử", "Thu-mat-khau-9",
                EnumSet.of(Role.RECEPTION))));
        for (int i = 0; i < 6; i++) {
            login("doan.tk", "sai-mat-khau-" + i).expectStatus().isFound();
        }
        EntityExchangeResult<String> refused = login("doan.tk", "Thu-mat-khau-9").expectStatus().isFound()
                .returnResult(String.class);
        // The login page shows the Vietnamese message for this address (LoginViewTest); the browser paints it.
        assertThat(refused.getResponseHeaders().getLocation().toString()).endsWith("/login?locked=15");
        assertThat(refused.getResponseCookies().getFirst("JSESSIONID")).isNull();
    }

    @Test
    void anonymousRequestForTheUserAdministrationIsRedirectedToLogin() {
        client.get().uri("/admin/users").exchange().expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).endsWith("/login"))
                .expectBody().isEmpty();
    }

    @Test
    void otherPostsStillNeedTheCsrfToken() throws IOException {
        // Only the login form is exempt: a logout posted from another site, without the token, ends nothing.
        String id = login("admin", "demo1234").expectStatus().isFound().returnResult(String.class)
                .getResponseCookies().getFirst("JSESSIONID").getValue();
        client.post().uri("/logout").cookie("JSESSIONID", id).exchange().expectStatus().isForbidden();
        HttpSession session = serverSession(id);
        assertThat(((SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository
                .SPRING_SECURITY_CONTEXT_KEY)).getAuthentication().getName()).isEqualTo("admin");
    }

    @Test
    void aLoginPostedWithoutTheTokenSignsNobodyIn() throws IOException {
        // What another site's page can make a browser send: the right password, no token, no session of ours.
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "admin");
        form.add("password", "demo1234");
        EntityExchangeResult<String> result = client.post().uri("/login")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange()
                .expectStatus().isFound().returnResult(String.class);
        // Refused as an anonymous request is: sent to the login page, not to the start page signed in.
        assertThat(result.getResponseHeaders().getLocation().getPath()).startsWith("/login");
        var cookie = result.getResponseCookies().getFirst("JSESSIONID");
        String id = cookie != null ? cookie.getValue()
                : result.getResponseHeaders().getLocation().getPath().replaceFirst(".*;jsessionid=", "");
        assertThat(serverSession(id).getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))
                .isNull();
    }

    /** Posts the login form the way the login page does: with the session and the CSRF token the page carries. */
    private RestTestClient.ResponseSpec login(String username, String password) {
        LoginPage page = LoginPage.open(client);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        form.add(page.tokenParameter(), page.token());
        return client.post().uri("/login").cookie("JSESSIONID", page.session())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange();
    }

    /** The server side of the session the cookie names, straight from Tomcat. */
    private HttpSession serverSession(String id) throws IOException {
        TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        Context webapp = (Context) server.getTomcat().getHost().findChildren()[0];
        Session session = webapp.getManager().findSession(id);
        assertThat(session).as("session %s", id).isNotNull();
        return session.getSession();
    }
}
