package vn.hcc.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The idle timeout of a signed-in session comes from {@code SESSION_TIMEOUT} (30 minutes when unset), bound from
 * the app's own application.properties into Spring Boot's {@link ServerProperties} the way start-up binds it.
 * {@link FormLoginHttpTest} shows the value on a real HTTP session.
 */
class SessionTimeoutTest {

    @Test
    void defaultsToThirtyMinutes() throws IOException {
        assertThat(sessionTimeout(Map.of())).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void followsTheSessionTimeoutVariable() throws IOException {
        assertThat(sessionTimeout(Map.of("SESSION_TIMEOUT", "15m"))).isEqualTo(Duration.ofMinutes(15));
        assertThat(sessionTimeout(Map.of("SESSION_TIMEOUT", "8h"))).isEqualTo(Duration.ofHours(8));
    }

    /** Only the given variables and application.properties: the machine's own environment must not leak in. */
    private static Duration sessionTimeout(Map<String, Object> variables) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addFirst(new MapPropertySource("variables", variables));
        sources.addLast(new ResourcePropertySource("classpath:application.properties"));
        Binder binder = new Binder(ConfigurationPropertySources.from(sources),
                new PropertySourcesPlaceholdersResolver(sources));
        return binder.bind("server", ServerProperties.class).get().getServlet().getSession().getTimeout();
    }
}
