package vn.hcc.dashboard.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import org.junit.jupiter.api.Test;

/** What APP_CLUSTER_MEMBERS and its companions make of a Hazelcast member. */
class ClusterSettingsTest {

    @Test
    void blankMembersMeanNoCluster() {
        assertThat(ClusterSettings.of("", 5701, "hcc", "").enabled()).isFalse();
        assertThat(ClusterSettings.of(" , ", 5701, "hcc", null).enabled()).isFalse();
        assertThat(ClusterSettings.of(null, 5701, "hcc", null).enabled()).isFalse();
    }

    @Test
    void membersJoinOverTcpIpOnlyWithTheNamedHostsOnAFixedPort() {
        ClusterSettings settings = ClusterSettings.of("app1, app2:5801,,10.0.0.3", 5701, "hcc-prod", "");
        assertThat(settings.enabled()).isTrue();
        Config config = settings.toHazelcastConfig();
        assertThat(config.getClusterName()).isEqualTo("hcc-prod");
        assertThat(config.getNetworkConfig().getPort()).isEqualTo(5701);
        assertThat(config.getNetworkConfig().isPortAutoIncrement()).isFalse();
        JoinConfig join = config.getNetworkConfig().getJoin();
        assertThat(join.getMulticastConfig().isEnabled()).as("multicast").isFalse();
        assertThat(join.getAutoDetectionConfig().isEnabled()).as("auto-detection").isFalse();
        assertThat(join.getTcpIpConfig().isEnabled()).isTrue();
        assertThat(join.getTcpIpConfig().getMembers()).containsExactly("app1:5701", "app2:5801", "10.0.0.3:5701");
        assertThat(config.getNetworkConfig().getInterfaces().isEnabled()).isFalse();
        assertThat(config.getProperty("hazelcast.phone.home.enabled")).isEqualTo("false");
        assertThat(config.getProperty("hazelcast.shutdownhook.enabled")).as("Spring stops the member").isEqualTo("false");
    }

    @Test
    void anInterfaceBindsTheMemberToItAlone() {
        Config config = ClusterSettings.of("127.0.0.1:18398,127.0.0.1:18399", 18398, "t", "127.0.0.1")
                .toHazelcastConfig();
        assertThat(config.getNetworkConfig().getInterfaces().isEnabled()).isTrue();
        assertThat(config.getNetworkConfig().getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
        assertThat(config.getProperty("hazelcast.socket.bind.any")).isEqualTo("false");
    }
}
