package vn.hcc.dashboard.cluster;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The cluster's line of the health endpoint ("cluster"): single node, or how many members this node sees and whether
 * it runs the one-node jobs. A clustered node whose Hazelcast member has stopped is down: it no longer hears the
 * others' live events.
 */
@Component("cluster")
class ClusterHealth implements HealthIndicator {

    private final ClusterStatus status;

    ClusterHealth(ClusterStatus status) {
        this.status = status;
    }

    @Override
    public Health health() {
        Health.Builder health = status.running() ? Health.up() : Health.down();
        return health.withDetail("mode", status.clustered() ? "cluster" : "single node")
                .withDetail("members", status.memberCount()).withDetail("runsJobs", status.oldestMember()).build();
    }
}
