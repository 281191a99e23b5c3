package vn.hcc.dashboard.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import java.io.Serializable;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.Broadcaster;

/**
 * Carries the {@link Broadcaster}'s events between the nodes of a cluster through one Hazelcast topic: each event
 * published on a node goes out, each event from another node is delivered to this node's listeners (the open views
 * and the dashboard cache, which starts a new generation on it). Does nothing without cluster mode.
 */
@Component
class ClusterEvents {

    static final String TOPIC = "hcc-live-events";

    private static final Logger LOG = LoggerFactory.getLogger(ClusterEvents.class);

    /**
     * What crosses the network. Listeners read only the topic today; a payload goes along only when it is a plain
     * value (an id, a code), as entities and the like need not be serializable.
     */
    record Envelope(String topic, Serializable payload) implements Serializable {
    }

    ClusterEvents(ObjectProvider<HazelcastInstance> hazelcast, Broadcaster broadcaster) {
        HazelcastInstance instance = hazelcast.getIfAvailable();
        if (instance == null) {
            return;
        }
        ITopic<Envelope> topic = instance.getTopic(TOPIC);
        topic.addMessageListener(message -> receive(message, broadcaster));
        broadcaster.relayTo(event -> topic.publishAsync(new Envelope(event.topic(), plain(event.payload())))
                .whenComplete((ok, failure) -> {
                    if (failure != null) {
                        LOG.warn("Live event '{}' not sent to the other nodes: {}", event.topic(), failure.toString());
                    }
                }));
        LOG.info("Cluster mode: live events shared with the other nodes ({})", instance.getCluster().getMembers());
    }

    private static void receive(Message<Envelope> message, Broadcaster broadcaster) {
        if (message.getPublishingMember() != null && message.getPublishingMember().localMember()) {
            return; // already delivered here when it was published
        }
        try {
            broadcaster.deliver(new Broadcaster.Event(message.getMessageObject().topic(),
                    message.getMessageObject().payload()));
        } catch (RejectedExecutionException stopping) {
            // this node is shutting down: nobody here listens any more
        }
    }

    private static Serializable plain(Object payload) {
        return payload instanceof Number || payload instanceof String || payload instanceof Boolean
                ? (Serializable) payload : null;
    }
}
