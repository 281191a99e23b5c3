package vn.hcc.dashboard.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import vn.hcc.dashboard.MariaDbTest;
import vn.hcc.dashboard.intake.ChildApp;
import vn.hcc.dashboard.intake.ScratchDatabase;

/**
 * Two application nodes in cluster mode (issue 16): JVMs of their own ({@link ClusterNodeMain}) on 127.0.0.1, each
 * with its HTTP port and Hazelcast port, on one scratch MariaDB database, started one after the other (the first is
 * the oldest member). A dossier saved on one node fires the live event on the other within 2 s and the other's
 * dashboard, which had its figures cached, shows the new count; a job triggered on both runs on one; after the
 * oldest node is killed the other drops it, runs the jobs, records dossiers and serves pages. No Spring context in
 * this JVM: the nodes are the application.
 */
@Tag("mariadb")
@EnabledIfEnvironmentVariable(named = "DB_URL", matches = "jdbc:mariadb:.+")
class ClusterMariaDbTest {

    private static final Duration START_UP = Duration.ofSeconds(240);
    private static final Duration ANSWER = Duration.ofSeconds(60);
    /** The issue's bound from a save on one node to the live event on the other. */
    private static final long EVENT_WITHIN_MILLIS = 2_000;

    private final AtomicInteger ids = new AtomicInteger();

    @Test
    void twoNodesShareEventsAndCacheInvalidationsRunJobsOnceAndSurviveALostNode() throws Exception {
        int[] hazelcastPorts = twoFreePorts();
        String members = "127.0.0.1:" + hazelcastPorts[0] + ",127.0.0.1:" + hazelcastPorts[1];
        try (ScratchDatabase db = ScratchDatabase.create("hcc_cluster_", "");
                ChildApp a = ChildApp.start("cluster-a", ClusterNodeMain.class, db.url(), node(members,
                        hazelcastPorts[0]))) {
            ask(a, "catalog");
            try (ChildApp b = ChildApp.start("cluster-b", ClusterNodeMain.class, db.url(), node(members,
                    hazelcastPorts[1]))) {
                assertThat(ask(a, "members")).as("node A, first up").isEqualTo("MEMBERS 2 true");
                assertThat(ask(b, "members")).as("node B, joined later").isEqualTo("MEMBERS 2 false");

                // B's dashboard figures, computed once and then served from its cache
                long[] before = figures(b);
                assertThat(figures(b)).as("B's figures again, from its cache").containsExactly(before);

                // a save on A: the live event on B within 2 s, B's cache invalidated, its figures one more
                long savedAt = savedAt(ask(a, "save CL-1"));
                long eventAt = eventAfter(b, savedAt);
                assertThat(eventAt - savedAt).as("ms from A's commit to B's live event").isBetween(0L,
                        EVENT_WITHIN_MILLIS);
                assertThat(figures(b)).as("B's figures after A's save: one more dossier, computed anew")
                        .containsExactly(before[0] + 1, before[1] + 1);
                // and the other way round
                long savedOnB = savedAt(ask(b, "save CL-2"));
                assertThat(eventAfter(a, savedOnB) - savedOnB).as("ms from B's commit to A's live event")
                        .isBetween(0L, EVENT_WITHIN_MILLIS);
                assertThat(figures(a)[0]).as("A's figures after B's save").isEqualTo(before[0] + 2);

                // a job triggered on both nodes runs on one: the oldest
                assertThat(ask(a, "job rollup")).isEqualTo("JOB rollup ran");
                assertThat(ask(b, "job rollup")).isEqualTo("JOB rollup skipped");
                assertThat(a.told()).filteredOn("JOB-RAN rollup"::equals).hasSize(1);
                assertThat(b.told()).noneMatch(l -> l.startsWith("JOB-RAN"));

                // A dies without leaving; B carries on alone
                a.kill();
                awaitMembers(b, "MEMBERS 1 true");
                assertThat(ask(b, "job rollup")).as("the job on the survivor").isEqualTo("JOB rollup ran");
                ask(b, "save CL-3");
                assertThat(figures(b)[0]).as("B's figures after its own save").isEqualTo(before[0] + 3);
                assertThat(loginStatus(b.port())).as("B's login page").isEqualTo(200);
            }
        }
    }

    private static List<String> node(String members, int hazelcastPort) {
        return List.of("--app.admin.username=" + MariaDbTest.ADMIN,
                "--app.admin.password=" + MariaDbTest.ADMIN_PASSWORD, "--app.cluster.members=" + members,
                "--app.cluster.port=" + hazelcastPort, "--app.cluster.interface=127.0.0.1",
                // a name of this run's own: a member left over from another run never joins
                "--app.cluster.name=hcc-test-" + members.hashCode());
    }

    /** Sends a command and returns its answer; fails on "FAILED …". */
    private String ask(ChildApp node, String command) {
        String id = String.valueOf(ids.incrementAndGet());
        node.send(id + " " + command);
        String answer = node.await("the answer to " + command, ANSWER,
                l -> l.startsWith("R" + id + " ") ? l.substring(id.length() + 2) : null);
        assertThat(answer).as("answer to %s", command).doesNotStartWith("FAILED");
        return answer;
    }

    /** received, computations */
    private long[] figures(ChildApp node) {
        String[] parts = ask(node, "figures").split(" ");
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    private static long savedAt(String answer) {
        return Long.parseLong(answer.substring(answer.lastIndexOf(' ') + 1));
    }

    /** The time of the first "dossiers" event the node heard at or after {@code millis} (both clocks: this host). */
    private static long eventAfter(ChildApp node, long millis) {
        return node.await("the live 'dossiers' event", ANSWER, l -> {
            if (!l.startsWith("EVENT dossiers ")) {
                return null;
            }
            long at = Long.parseLong(l.substring("EVENT dossiers ".length()));
            return at >= millis ? at : null;
        });
    }

    private void awaitMembers(ChildApp node, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String seen = ask(node, "members");
        while (!seen.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            seen = ask(node, "members");
        }
        assertThat(seen).as("the survivor's view of the cluster").isEqualTo(expected);
    }

    private static int loginStatus(int port) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    /** Two free ports for the Hazelcast members, from the top of the helpers' range (ChildApp's HTTP ports start at its bottom). */
    private static int[] twoFreePorts() {
        int[] ports = new int[2];
        int found = 0;
        for (int port = 18399; port >= 18300 && found < 2; port--) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
                ports[found++] = port;
            } catch (IOException taken) {
                // next one
            }
        }
        assertThat(found).as("free ports for the members").isEqualTo(2);
        return ports;
    }
}
