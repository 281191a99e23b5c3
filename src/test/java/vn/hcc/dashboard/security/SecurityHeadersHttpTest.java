package vn.hcc.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.HttpBrowser;
import vn.hcc.dashboard.HttpServerTest;

/**
 * Over real HTTP, the login page and a signed-in page (both rendered by Vaadin) carry the security headers, static
 * assets may be cached, and the session cookie is HttpOnly and SameSite=Lax (not Secure on plain local http). The
 * same server configuration as FormLoginHttpTest, so the running server is shared.
 */
class SecurityHeadersHttpTest extends HttpServerTest {

    @Test
    void theLoginPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<byte[]> login = new HttpBrowser(port).get("/login");

        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login.headers());
    }

    @Test
    void aSignedInPageCarriesTheSecurityHeaders() throws Exception {
        HttpBrowser reception = new HttpBrowser(port);
        reception.signIn("tiepnhan", "demo1234");

        HttpResponse<byte[]> page = reception.get("/intake");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(HttpBrowser.text(page)).contains("<html");
        assertSecurityHeaders(page.headers());
    }

    @Test
    void staticAssetsMayBeCached() throws Exception {
        HttpResponse<byte[]> css = new HttpBrowser(port).get("/styles/app.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().allValues("Cache-Control")).noneMatch(v -> v.contains("no-store"));
        assertThat(css.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        String cookie = new HttpBrowser(port).signIn("tiepnhan", "demo1234").headers().firstValue("Set-Cookie")
                .orElseThrow();

        assertThat(cookie).startsWith("JSESSIONID=").contains("; HttpOnly", "; SameSite=Lax");
        assertThat(cookie).as("not Secure unless APP_SECURE_COOKIES=true").doesNotContain("Secure");
    }

    private static void assertSecurityHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                        "connect-src 'self'", "object-src 'none'", "frame-ancestors 'self'")
                .doesNotContain("*"));
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.allValues("Cache-Control")).containsExactly("no-store");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
    }
}
