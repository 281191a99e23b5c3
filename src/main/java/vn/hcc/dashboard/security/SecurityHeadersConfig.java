package vn.hcc.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The response headers of every page (issue 14, failure 5), kept apart from {@link SecurityConfig}'s sign-in rules.
 * Spring Security applies a {@code Customizer<HttpSecurity>} bean to the {@code HttpSecurity} that
 * {@link SecurityConfig} builds its chain from.
 *
 * <p>The content security policy allows what Vaadin Flow's client needs and nothing from elsewhere: scripts and
 * styles only from this origin, plus {@code 'unsafe-inline'} (the bootstrap page carries inline scripts and
 * components set inline styles) and {@code 'unsafe-eval'} (Flow runs the server's {@code executeJs} snippets
 * through {@code new Function}); images and fonts from this origin or {@code data:} (icons, charts), connections
 * (UIDL, Push) to this origin only, no plugins, forms post only here, and only this origin may frame a page.
 *
 * <p>The headers are written before the request reaches Vaadin: Spring Boot forwards page requests to the Vaadin
 * servlet, and a forwarded response is complete before Spring Security's usual "on commit" writing would run, which
 * left Vaadin's pages without them. {@code Cache-Control: no-store} goes on pages and data, not on Vaadin's
 * content-hashed bundle files and the app's static assets, which the browser may keep.
 */
@Configuration
class SecurityHeadersConfig {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'");

    private static final Set<String> STATIC_EXTENSIONS = Set.of("js", "mjs", "css", "png", "jpg", "jpeg", "gif",
            "svg", "ico", "webp", "woff", "woff2", "ttf", "map", "webmanifest");

    @Bean
    Customizer<HttpSecurity> securityHeaders() {
        return http -> http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frames -> frames.sameOrigin())
                .contentTypeOptions(Customizer.withDefaults())
                .cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SecurityHeadersConfig::isPageOrData,
                        new StaticHeadersWriter("Cache-Control", "no-store")))
                .withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
    }

    /** Everything but Vaadin's bundle and static files and the app's own static assets. */
    static boolean isPageOrData(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/")) {
            return false;
        }
        int dot = path.lastIndexOf('.');
        return dot < path.lastIndexOf('/') || dot < 0
                || !STATIC_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
