package vn.hcc.dashboard;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.ActiveProfiles;
import vn.hcc.dashboard.security.Role;

/**
 * Browserless UI tests with the whole Spring context and the demo catalogue. {@link #login} signs a user in the
 * way Vaadin's navigation access control sees it: on the HTTP request as well as in Spring Security. The context is
 * the one every service test uses too; {@link TestIsolation} signs the user out and puts the database back after
 * each class, so a UI test may commit through the services.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class KaribuTest {

    private static final Routes ROUTES = discoverRoutes();

    @Autowired
    protected ApplicationContext context;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    /** Karibu's own discovery skips package-private views, which is how our views are declared. */
    @SuppressWarnings("unchecked")
    private static Routes discoverRoutes() {
        Routes routes = new Routes().autoDiscoverViews("vn.hcc.dashboard");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        for (var bean : scanner.findCandidateComponents("vn.hcc.dashboard")) {
            try {
                Class<?> c = Class.forName(bean.getBeanClassName());
                if (c.isAnnotationPresent(Route.class)) {
                    routes.getRoutes().add((Class<? extends Component>) c);
                } else {
                    routes.getErrorRoutes().add((Class<? extends HasErrorParameter<?>>) c);
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return routes;
    }

    /** Signs in {@code username} with {@code roles} and reloads the UI so the layout shows that user. */
    protected void login(String username, Role... roles) {
        Set<String> names = Arrays.stream(roles).map(Role::name).collect(Collectors.toSet());
        var auth = new UsernamePasswordAuthenticationToken(username, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        SecurityContext securityContext = new SecurityContextImpl(auth);
        // Each Spring context in this JVM may hold its own Vaadin-aware strategy with its own thread-local fallback;
        // all of them read the HTTP session first, so the session is where the signed-in user must be.
        VaadinSession.getCurrent().getSession().setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, securityContext);
        SecurityContextHolder.setContext(securityContext);
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(s -> s.setContext(securityContext));
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> names.contains(role));
        UI.getCurrent().getPage().reload();
    }
}
