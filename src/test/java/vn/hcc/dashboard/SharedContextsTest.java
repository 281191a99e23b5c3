package vn.hcc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The suite starts one Spring context per configuration and shares it between test classes, isolated by data
 * ({@link TestIsolation}); every configuration or restart added costs its start-up again. So the test classes of the
 * normal suite stay on two configurations: the mock web environment of the {@code test} profile (UI and service
 * tests) and one running server (the HTTP tests). A test that needs a known "today" sets the {@link TestClock}; data
 * it commits is removed after its class.
 */
class SharedContextsTest {

    /**
     * The tags the normal suite leaves out (the pom's excludedGroups): MariaDB (CI), scale, look, load bench (both of
     * its JVMs), and the browser suite (no Spring context: it drives a running app).
     */
    private static final Set<String> NOT_IN_THE_NORMAL_SUITE = Set.of("mariadb", "scale", "visual", "bench",
            "bench-export", "browser");

    private static final List<Class<?>> SPRING_TESTS = springTests();

    @Test
    void theNormalSuiteHasTwoContextConfigurations() {
        Map<MergedContextConfiguration, List<String>> byConfiguration = new LinkedHashMap<>();
        for (Class<?> test : SPRING_TESTS) {
            if (AnnotationSupport.findRepeatableAnnotations(test, Tag.class).stream()
                    .anyMatch(t -> NOT_IN_THE_NORMAL_SUITE.contains(t.value()))) {
                continue;
            }
            byConfiguration.computeIfAbsent(BootstrapUtils.resolveTestContextBootstrapper(test)
                    .buildMergedContextConfiguration(), c -> new ArrayList<>()).add(test.getSimpleName());
        }
        assertThat(byConfiguration.values()).as("test classes by context configuration").hasSize(2);
        assertThat(byConfiguration.values().stream().mapToInt(List::size).sum()).isGreaterThan(50);
    }

    @Test
    void noTestThrowsItsContextAway() {
        List<String> dirtying = new ArrayList<>();
        for (Class<?> test : SPRING_TESTS) {
            if (AnnotatedElementUtils.hasAnnotation(test, DirtiesContext.class)) {
                dirtying.add(test.getSimpleName());
            }
            for (Method m : test.getMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(m, DirtiesContext.class)) {
                    dirtying.add(test.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(dirtying).as("@DirtiesContext restarts Spring; TestIsolation undoes what a test leaves").isEmpty();
    }

    private static List<Class<?>> springTests() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootTest.class));
        List<Class<?>> tests = scanner.findCandidateComponents("vn.hcc.dashboard").stream().map(bean -> {
            try {
                return (Class<?>) Class.forName(bean.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.toList());
        assertThat(tests).isNotEmpty();
        return tests;
    }
}
