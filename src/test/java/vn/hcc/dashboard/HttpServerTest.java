package vn.hcc.dashboard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The running server the HTTP tests talk to, in production mode: one configuration, so Spring's test context cache
 * starts it once for all of them. Vaadin's bootstrap page comes from the test resources' stand-in
 * ({@code META-INF/VAADIN/webapp/index.html}), since only the production front-end build writes the real one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.productionMode=true", "SESSION_TIMEOUT=45m"})
@ActiveProfiles("test")
public abstract class HttpServerTest {

    @Value("${local.server.port}")
    protected int port;
}
