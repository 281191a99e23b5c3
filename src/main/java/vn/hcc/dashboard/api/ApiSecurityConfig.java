package vn.hcc.dashboard.api;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * The API's own filter chain, ahead of the app's (security's {@code SecurityConfig}, which stays the last): API
 * keys only. Stateless: no session is created or read, so a browser's session cookie authenticates nothing here,
 * and without cookie authentication there is nothing for CSRF to abuse, so CSRF tokens are not asked for. No login
 * page, no redirect: every refusal is the API's JSON error.
 */
@Configuration
class ApiSecurityConfig {

    static final String PATHS = "/api/v1/**";

    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiKeyService keys, ApiRateLimit rateLimit,
            ApiResponses responses, @Value("${app.api.max-body-bytes:10485760}") long maxBodyBytes)
            throws Exception {
        http.securityMatcher(PATHS)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((rq, rs, ex) -> responses.write(rs, 401, "api.error.bad-key"))
                        .accessDeniedHandler((rq, rs, ex) -> responses.write(rs, 403, "api.error.forbidden")))
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new ApiKeyFilter(keys, rateLimit, responses, maxBodyBytes), AuthorizationFilter.class);
        return http.build();
    }
}
