package vn.hcc.dashboard.security;

import java.util.concurrent.Executor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.task.DelegatingSecurityContextAsyncTaskExecutor;

/**
 * {@code @Async} service methods run on Spring Boot's task executor as the user who called them: the caller's
 * security context goes along to the worker thread (through the same strategy method security reads), so the
 * service checks permissions there as it would on the caller's thread, and no view copies a context by hand.
 */
@Configuration
@EnableAsync
class AsyncSecurityConfig implements AsyncConfigurer {

    private final ObjectProvider<AsyncTaskExecutor> executor;
    private final ObjectProvider<SecurityContextHolderStrategy> strategy;

    AsyncSecurityConfig(@Qualifier("applicationTaskExecutor") ObjectProvider<AsyncTaskExecutor> executor,
            ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.executor = executor;
        this.strategy = strategy;
    }

    @Override
    public Executor getAsyncExecutor() {
        DelegatingSecurityContextAsyncTaskExecutor delegating =
                new DelegatingSecurityContextAsyncTaskExecutor(executor.getObject());
        strategy.ifAvailable(delegating::setSecurityContextHolderStrategy);
        return delegating;
    }
}
