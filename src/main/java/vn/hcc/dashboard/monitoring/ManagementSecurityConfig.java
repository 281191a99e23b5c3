package vn.hcc.dashboard.monitoring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Boot runs the app's security filters on the management server too, where Vaadin's rules would send a
 * Prometheus scraper to the login page. Requests that arrive on the management port get this chain instead: open,
 * without session, CSRF or saved request. That port listens on the loopback interface unless
 * {@code MANAGEMENT_ADDRESS} says otherwise (then a firewall decides who reaches it). The endpoints do not exist
 * on the app's port at all: there the app's chain applies as to any unknown path.
 */
@Configuration
class ManagementSecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementEndpoints(HttpSecurity http, ManagementPort managementPort) throws Exception {
        return http.securityMatcher(managementPort::received)
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }
}
