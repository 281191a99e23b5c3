package vn.hcc.dashboard.cluster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a job on one node of the cluster: every node calls {@link #run} at the same times (its scheduler, its
 * start-up), and only the oldest member runs the job. The oldest member rather than a lock: every member agrees on
 * the member list without Hazelcast's CP subsystem (FencedLock needs 3 CP members), a job triggered on two nodes
 * a moment apart still runs once (a lock would let the second run after the first released it), and no lock can
 * outlive a killed node: when the oldest leaves, the next oldest runs the following triggers. Without cluster mode
 * every job runs.
 */
@Component
public class OneNodeJobs {

    private static final Logger LOG = LoggerFactory.getLogger(OneNodeJobs.class);

    private final ClusterStatus status;

    OneNodeJobs(ClusterStatus status) {
        this.status = status;
    }

    /** Runs {@code job} here if this node is the one that runs jobs; returns whether it ran. */
    public boolean run(String name, Runnable job) {
        if (!status.oldestMember()) {
            LOG.debug("Job '{}' left to the oldest member ({})", name, status.describe());
            return false;
        }
        job.run();
        return true;
    }
}
