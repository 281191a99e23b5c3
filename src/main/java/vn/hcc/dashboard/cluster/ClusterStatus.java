package vn.hcc.dashboard.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import java.util.Iterator;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether this node runs in a cluster, how many members it sees and whether it is the oldest of them. Public for
 * the health endpoint and for {@link OneNodeJobs}; without cluster mode it is a single node that is its own oldest.
 */
@Component
public class ClusterStatus {

    private final Optional<HazelcastInstance> hazelcast;

    ClusterStatus(ObjectProvider<HazelcastInstance> hazelcast) {
        this.hazelcast = Optional.ofNullable(hazelcast.getIfAvailable());
    }

    /** True when cluster mode is on (app.cluster.members set), whether or not other nodes have joined yet. */
    public boolean clustered() {
        return hazelcast.isPresent();
    }

    /** False only when cluster mode is on and this node's member has stopped. */
    public boolean running() {
        return hazelcast.map(h -> h.getLifecycleService().isRunning()).orElse(true);
    }

    /** The members this node sees, itself included: 1 when cluster mode is off (or the member has stopped). */
    public int memberCount() {
        return hazelcast.filter(h -> h.getLifecycleService().isRunning())
                .map(h -> h.getCluster().getMembers().size()).orElse(1);
    }

    /**
     * True when this node is the oldest member (Hazelcast lists members oldest first, and every member agrees on
     * that list); always true without cluster mode. False once the member has stopped: a node shutting down runs
     * no more jobs.
     */
    public boolean oldestMember() {
        if (hazelcast.isEmpty()) {
            return true;
        }
        HazelcastInstance h = hazelcast.get();
        if (!h.getLifecycleService().isRunning()) {
            return false;
        }
        Iterator<Member> members = h.getCluster().getMembers().iterator();
        return members.hasNext() && members.next().localMember();
    }

    /** One line for logs and health details: "single node" or "3 members, oldest: no". */
    public String describe() {
        return clustered() ? memberCount() + " members, oldest: " + (oldestMember() ? "yes" : "no") : "single node";
    }
}
