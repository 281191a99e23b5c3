package vn.hcc.dashboard.importing;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The schedule of the watched import folder, and nothing else: every {@code app.import.inbox-interval} (after the
 * previous poll ended) it runs {@link InboxImport#pollOnce}. Present only when a folder is set. Kept apart so that
 * a cluster can decide on which node the trigger fires without touching the import.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("!'${app.import.inbox:}'.isBlank()")
class InboxPoller {

    private final InboxImport inbox;

    InboxPoller(InboxImport inbox) {
        this.inbox = inbox;
    }

    @Scheduled(fixedDelayString = "${app.import.inbox-interval:1m}",
            initialDelayString = "${app.import.inbox-interval:1m}")
    void poll() {
        inbox.pollOnce();
    }
}
