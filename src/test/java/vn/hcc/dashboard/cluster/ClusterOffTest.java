package vn.hcc.dashboard.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/** Without app.cluster.members the app is one node: no Hazelcast member, no Hazelcast thread, every job runs. */
@SpringBootTest
@ActiveProfiles("test")
class ClusterOffTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ClusterStatus status;
    @Autowired
    OneNodeJobs jobs;

    @Test
    void noHazelcastInstanceNoThreadNoListener() {
        assertThat(context.getBeanNamesForType(HazelcastInstance.class)).as("HazelcastInstance beans").isEmpty();
        assertThat(context.getBeanNamesForType(Config.class)).as("Hazelcast Config beans").isEmpty();
        assertThat(Hazelcast.getAllHazelcastInstances()).as("Hazelcast members in this JVM").isEmpty();
        // a member's acceptor, its I/O and its operations run on threads named "hz.<instance>.…"
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("hz."));
    }

    @Test
    void aSingleNodeIsItsOwnOldestAndRunsEveryJob() {
        assertThat(status.clustered()).isFalse();
        assertThat(status.memberCount()).isEqualTo(1);
        assertThat(status.oldestMember()).isTrue();
        assertThat(status.describe()).isEqualTo("single node");
        AtomicBoolean ran = new AtomicBoolean();
        assertThat(jobs.run("test-job", () -> ran.set(true))).isTrue();
        assertThat(ran).isTrue();
    }
}
