package vn.hcc.dashboard.cluster;

import com.hazelcast.config.Config;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded Hazelcast member only when {@code app.cluster.members} is set: Spring Boot's Hazelcast
 * auto-configuration creates the instance from this {@link Config} bean, and without it (no hazelcast.xml either)
 * there is no instance, no thread and no listening socket at all.
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    @Bean
    @ConditionalOnExpression("!'${app.cluster.members:}'.isBlank()")
    Config hazelcastConfig(@Value("${app.cluster.members}") String members, @Value("${app.cluster.port}") int port,
            @Value("${app.cluster.name}") String name, @Value("${app.cluster.interface:}") String bindInterface) {
        return ClusterSettings.of(members, port, name, bindInterface).toHazelcastConfig();
    }
}
