package vn.hcc.dashboard.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code app.cluster.*} says: the nodes ({@code APP_CLUSTER_MEMBERS=host1,host2}, each {@code host} or
 * {@code host:port}), the port this node's member listens on, the cluster's name and, optionally, the one interface
 * to bind to. Turned into Hazelcast's {@link Config} here, so that a unit test can read what the members are told.
 */
public record ClusterSettings(List<String> members, int port, String name, String bindInterface) {

    public static ClusterSettings of(String members, int port, String name, String bindInterface) {
        return new ClusterSettings(Arrays.stream(members == null ? new String[0] : members.split(","))
                .map(String::trim).filter(m -> !m.isEmpty()).toList(), port, name,
                bindInterface == null ? "" : bindInterface.trim());
    }

    public boolean enabled() {
        return !members.isEmpty();
    }

    /**
     * The member's configuration: TCP-IP join with exactly the listed members (no multicast, no cloud
     * auto-detection: a member never joins a cluster nobody named), a fixed port, no phone-home. Spring closes the
     * member with the context, not Hazelcast's own shutdown hook, so it leaves after the web server stopped.
     */
    public Config toHazelcastConfig() {
        Config config = new Config();
        config.setClusterName(name);
        // the application's class loader also in a packaged jar, where the events' envelope class comes from
        config.setClassLoader(ClusterSettings.class.getClassLoader());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.logging.type", "slf4j");
        // a node that dies without leaving (power, SIGKILL) is dropped after 15 s, not the default 60 s
        config.setProperty("hazelcast.heartbeat.interval.seconds", "2");
        config.setProperty("hazelcast.max.no.heartbeat.seconds", "15");
        // the members are listed, so there is nothing to wait for before joining them
        config.setProperty("hazelcast.wait.seconds.before.join", "1");
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(port).setPortAutoIncrement(false);
        if (!bindInterface.isEmpty()) {
            config.setProperty("hazelcast.socket.bind.any", "false");
            network.getInterfaces().setEnabled(true).addInterface(bindInterface);
        }
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(members.stream().map(this::withPort).toList());
        return config;
    }

    /** A member named without a port listens on this node's port: all nodes of a cluster share one. */
    private String withPort(String member) {
        return member.contains(":") ? member : member + ":" + port;
    }
}
