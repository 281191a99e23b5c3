package vn.hcc.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.server.Cookie;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The session cookie is Secure exactly when {@code APP_SECURE_COOKIES=true} (behind TLS) and SameSite=Lax always,
 * bound from the app's own application.properties the way start-up binds it. {@link SecurityHeadersHttpTest} shows
 * the cookie a real login sets.
 */
class SessionCookieTest {

    @Test
    void isNotSecureOnPlainHttpByDefault() throws IOException {
        Cookie cookie = sessionCookie(Map.of());
        assertThat(cookie.getSecure()).isFalse();
        assertThat(cookie.getSameSite()).isEqualTo(Cookie.SameSite.LAX);
        assertThat(cookie.getHttpOnly()).isTrue();
    }

    @Test
    void isSecureWhenTheAppIsServedOverTls() throws IOException {
        assertThat(sessionCookie(Map.of("APP_SECURE_COOKIES", "true")).getSecure()).isTrue();
    }

    private static Cookie sessionCookie(Map<String, Object> variables) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("variables", variables));
        sources.addLast(new ResourcePropertySource("classpath:application.properties"));
        Binder binder = new Binder(ConfigurationPropertySources.from(sources),
                new PropertySourcesPlaceholdersResolver(sources));
        return binder.bind("server", ServerProperties.class).get().getServlet().getSession().getCookie();
    }
}
