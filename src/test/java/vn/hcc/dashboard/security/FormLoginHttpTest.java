package vn.hcc.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.EnumSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The real login over HTTP on a running server: Spring Security's form login at {@code POST /login}. Vaadin's
 * security configurer exempts the login path from CSRF (its LoginForm posts natively without a token), so a plain
 * form post is exactly what a browser sends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "vaadin.productionMode=true")
@ActiveProfiles("test")
class FormLoginHttpTest {

    @Value("${local.server.port}")
    private int port;

    @Autowired
    private UserService users;

    private RestTestClient client;

    @BeforeEach
    void setUp() {
        // Redirects are what we assert, so the client must not follow them.
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        client = RestTestClient.bindToServer(new JdkClientHttpRequestFactory(http))
                .baseUrl("http://localhost:" + port).build();
    }

    @Test
    void adminLogsInWithTheDemoPassword() {
        var result = login("admin", "demo1234").expectStatus().isFound().returnResult(String.class);
        assertThat(result.getResponseHeaders().getLocation()).hasToString("http://localhost:" + port + "/");
        String session = result.getResponseCookies().getFirst("JSESSIONID").getValue();

        // The session is now signed in: the administrator's page is served instead of a redirect to login.
        for (String u : new String[] {"/", "/admin/fields", "/admin/users", "/login"}) {
        var page = client.get().uri(u).cookie("JSESSIONID", session).exchange()
                .returnResult(String.class);
        System.out.println("STATUS " + u + " " + page.getStatus() + " " + page.getResponseHeaders() + " " + page.getResponseBody());
        }
    }

    @Test
    void wrongPasswordIsSentBackToTheLoginPageWithTheError() {
        login("admin", "sai-mat-khau").expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void disabledUserCannotLogIn() {
        SystemAccess.asAdmin(() -> {
            AppUser user = users.create(new UserService.NewUser("khoa.tk", "Đỗ Văn Khóa", "matkhau123",
                    EnumSet.of(Role.RECEPTION)));
            users.update(user.getId(), user.getVersion(), user.getFullName(), user.getRoles(), false);
        });
        login("khoa.tk", "matkhau123").expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void anonymousRequestForAProtectedViewIsRedirectedToLogin() {
        client.get().uri("/admin/users").exchange().expectStatus().isFound()
                .expectHeader().value(HttpHeaders.LOCATION, l -> assertThat(l).endsWith("/login"));
    }

    private RestTestClient.ResponseSpec login(String username, String password) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        return client.post().uri("/login").contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).exchange();
    }
}
