package vn.hcc.dashboard;

import com.vaadin.flow.internal.CurrentInstance;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.intake.DossierService;

/**
 * Lets every test class share one Spring context per configuration: what a test leaves behind is undone here, for
 * every Spring test (registered in META-INF/spring.factories), instead of by a context restart.
 * <ul>
 * <li>Before each test, the static {@link SecurityContextHolder} uses this context's strategy: Vaadin installs its
 * context's strategy statically when a context starts, so after another context started, a sign-in written
 * through the static holder would land where this context's services do not look.</li>
 * <li>After each test, no user is signed in, on any strategy, and no Vaadin session or UI is current: the Vaadin-aware
 * strategy reads the current Vaadin session first, so a left-over session would sign the next test in.</li>
 * <li>After each test, the {@link TestClock} follows the system clock again and the shared figures caches are
 * dropped (they may hold figures of a rolled-back transaction, which sent no change event).</li>
 * <li>After each test class, the database is back to its state after start-up ({@link DatabaseSnapshot}): UI tests
 * and some service tests commit through the services.</li>
 * </ul>
 * Ordered before Spring Security's {@code WithSecurityContextTestExecutionListener} (10000), so {@code @WithMockUser}
 * signs in through the strategy installed here, and its "after" steps run first, before a test transaction rolls
 * back.
 */
public class TestIsolation extends AbstractTestExecutionListener {

    private static final String BARRIER = "test-isolation-barrier";

    private static final Map<ApplicationContext, Optional<DatabaseSnapshot>> SNAPSHOTS =
            Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public int getOrder() {
        return 9_000;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        // the first class of a context finds it as start-up left it: that is the state every later class gets back
        SNAPSHOTS.computeIfAbsent(context, c -> c.getBeanProvider(DataSource.class).stream().findFirst()
                .flatMap(DatabaseSnapshot::take));
        useStrategyOf(context);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        signOut(context); // a test without Spring (a plain Karibu or unit test) may have left its user or UI behind
        useStrategyOf(context);
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        signOut(context);
        context.getBeanProvider(TestClock.class).ifAvailable(TestClock::reset);
        dropCachedFigures(context);
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        Optional<DatabaseSnapshot> snapshot = SNAPSHOTS.get(context);
        if (snapshot != null) {
            snapshot.ifPresent(DatabaseSnapshot::restore);
            dropCachedFigures(context);
        }
    }

    /** On this thread: no Vaadin session, UI or request, and no user on any strategy. */
    private static void signOut(ApplicationContext context) {
        CurrentInstance.clearAll();
        TestSecurityContextHolder.clearContext();
        SecurityContextHolder.clearContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolderStrategy::clearContext);
    }

    private static void useStrategyOf(ApplicationContext context) {
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    /**
     * The dashboard caches its figures until a change event: one is sent, and a second, own event waits until the
     * broadcaster (one thread, in order) has delivered the first.
     */
    private static void dropCachedFigures(ApplicationContext context) {
        context.getBeanProvider(Broadcaster.class).ifAvailable(broadcaster -> {
            CountDownLatch delivered = new CountDownLatch(1);
            Broadcaster.Registration registration = broadcaster.register(event -> {
                if (BARRIER.equals(event.topic())) {
                    delivered.countDown();
                }
            });
            try {
                broadcaster.publish(DossierService.TOPIC, null);
                broadcaster.publish(BARRIER, null);
                if (!delivered.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("The broadcaster did not deliver the cache reset in 10 s");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                registration.remove();
            }
        });
    }
}
