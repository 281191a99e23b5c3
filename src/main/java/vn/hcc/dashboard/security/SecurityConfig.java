package vn.hcc.dashboard.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.RequestUtil;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import vn.hcc.dashboard.security.ui.LoginView;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** Springdoc's paths (application.properties): the OpenAPI document and the Swagger UI. */
    private static final String[] API_DOCS = {"/api/v3/api-docs", "/api/v3/api-docs/**", "/api/swagger-ui.html",
        "/api/swagger-ui/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests, Clock clock)
            throws Exception {
        // The app's own stylesheet is public so that the login page is styled too. The device registration link
        // (queue feature) is public: the token it carries is what it checks.
        http.authorizeHttpRequests(a -> a.requestMatchers("/styles/**", "/thiet-bi/dang-ky").permitAll());
        // The dossier API's description and its Swagger UI are for an administrator signed in here (the roles come
        // from the permission table). The API itself, /api/v1/**, has its own stateless chain that takes API keys
        // only (api.ApiSecurityConfig), ordered before this one.
        http.authorizeHttpRequests(a -> a.requestMatchers(API_DOCS).hasAnyAuthority(Permission.API_ADMIN.roles()
                .stream().map(Role::authority).toArray(String[]::new)));
        // Vaadin's configurer exempts the login path from CSRF, so another site could sign a browser in to an
        // account of its choosing (login CSRF). Only Vaadin's own requests (which carry Vaadin's own token) are
        // exempt here; the login form posts the token Vaadin writes into every page's <meta name="_csrf">.
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // A locked account is told so (and for how long) instead of "wrong password". The login page is named here
        // too: without it Spring would add its own generated login page before Vaadin's configurer names ours.
        http.formLogin(f -> f.loginPage("/login").failureHandler(ThrottledAuthentication.failureHandler(clock)));
        return http.with(VaadinSecurityConfigurer.vaadin(), c -> c.loginView(LoginView.class)
                .enableCsrfConfiguration(false)
                // A signed-in user's unknown path reaches Vaadin, which answers 404 with its page (not Spring's
                // empty 403 of the default "deny the rest"); anonymous users are still sent to the login.
                .anyRequest(AuthorizedUrl::authenticated)).build();
    }

    /** Views are {@code @PermitAll} and {@link Requires} a permission: both checkers decide a navigation. */
    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withNavigationAccessChecker(new PermissionAccessChecker())
                .withDecisionResolver(PermissionAccessChecker.RESOLVER).withLoginView(LoginView.class);
    }

    /** Lets {@link Requires} fill its permission into the {@code @PreAuthorize} expression it carries. */
    @Bean
    static AnnotationTemplateExpressionDefaults annotationTemplateExpressionDefaults() {
        return new AnnotationTemplateExpressionDefaults();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
