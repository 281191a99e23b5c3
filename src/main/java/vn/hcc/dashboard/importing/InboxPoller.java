package vn.hcc.dashboard.importing;

import vn.hcc.dashboard.cluster.OneNodeJobs;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The schedule of the watched import folder, and nothing else: every {@code app.import.inbox-interval} (after the
 * previous poll ended) it runs {@link InboxImport#pollOnce}. Present only when a folder is set. In a cluster it fires
 * on the oldest member only ({@link OneNodeJobs}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnExpression("!'${app.import.inbox:}'.isBlank()")
class InboxPoller {

    private final InboxImport inbox;
    private final OneNodeJobs jobs;

    InboxPoller(InboxImport inbox, OneNodeJobs jobs) {
        this.inbox = inbox;
        this.jobs = jobs;
    }

    @Scheduled(fixedDelayString = "${app.import.inbox-interval:1m}",
            initialDelayString = "${app.import.inbox-interval:1m}")
    void poll() {
        // in a cluster every node shares the folder: only the oldest member imports, so a file is taken once
        jobs.run("import-inbox", inbox::pollOnce);
    }
}
