package vn.hcc.dashboard;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * For service tests that sign in through the static {@link SecurityContextHolder} (SystemAccess.asAdmin, threads):
 * Vaadin installs its context's security strategy statically when a context starts, so a test class that reuses an
 * older cached context after a newer one started would write the user where its own services do not look.
 * {@link TestIsolation} now does the same for every Spring test; this extension is redundant and can go with its
 * {@code @ExtendWith(UseContextSecurityStrategy.class)} uses.
 */
public class UseContextSecurityStrategy implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext extension) {
        SpringExtension.getApplicationContext(extension).getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
