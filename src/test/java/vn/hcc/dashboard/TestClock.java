package vn.hcc.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The application clock of every test context: the system clock in the Center's zone until a test {@link #set}s a
 * moment, and the system clock again after each test ({@link TestIsolation} resets it). Every context gets it, so a
 * test that needs a known "today" does not need a Spring configuration of its own, and all tests share one context.
 */
public class TestClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Null: the system clock. */
    private volatile Instant fixed;

    /** Stops the clock at {@code at}, the Center's local time, until the next {@code set} or the end of the test. */
    public void set(LocalDateTime at) {
        fixed = at.atZone(ZONE).toInstant();
    }

    /** Back to the system clock. */
    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = fixed;
        return at == null ? Clock.system(zone) : Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

    /**
     * Registers the clock as the primary {@link Clock} of every test context (see META-INF/spring.factories). The
     * customizers are all equal, so the clock leaves the context cache key of each test class as it was.
     */
    public static class Registration implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    private record Customizer() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            RootBeanDefinition clock = new RootBeanDefinition(TestClock.class);
            clock.setPrimary(true);
            ((BeanDefinitionRegistry) context.getBeanFactory()).registerBeanDefinition("testClock", clock);
        }
    }
}
