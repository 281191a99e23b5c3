package vn.hcc.dashboard.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The "cluster" profile of docker-compose.yml, read as DockerComposeTest reads the rest (no Docker engine here): two
 * app nodes that name each other as cluster members, configured like the single app, behind an nginx that keeps a
 * browser on one node and passes Vaadin Push's websocket on; a plain {@code docker compose up} still starts db + app.
 */
class ClusterComposeTest {

    private static final List<String> NODES = List.of("app1", "app2");

    private static Map<String, Object> services;
    private static String nginx;

    @BeforeAll
    static void parse() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = map(compose, "services");
        nginx = Files.readString(Path.of("src/main/docker/nginx-cluster.conf"));
    }

    @Test
    void withoutTheProfileOnlyTheDatabaseAndTheSingleAppStart() {
        assertThat(services.entrySet().stream().filter(e -> !map(services, e.getKey()).containsKey("profiles"))
                .map(Map.Entry::getKey)).containsExactlyInAnyOrder("db", "app");
        for (String service : List.of("app1", "app2", "lb")) {
            assertThat(map(services, service).get("profiles")).as(service).isEqualTo(List.of("cluster"));
        }
    }

    @Test
    void theNodesAreTheSingleAppPlusTheMembersThatNameEachOther() {
        Map<String, Object> app = map(services, "app");
        for (String node : NODES) {
            Map<String, Object> service = map(services, node);
            assertThat(service.get("build")).as(node + " build").isEqualTo(app.get("build"));
            assertThat(service.get("ports")).as(node + ": only the load balancer is published").isNull();
            assertThat(map(map(service, "depends_on"), "db")).containsEntry("condition", "service_healthy");
            Map<String, Object> env = map(service, "environment");
            assertThat(env).as(node + " environment").containsAllEntriesOf(map(app, "environment"));
            assertThat(Arrays.stream(String.valueOf(env.get("APP_CLUSTER_MEMBERS")).split(",")).map(String::trim))
                    .as(node + " members").containsExactlyInAnyOrderElementsOf(NODES);
            assertThat(env).containsEntry("APP_CLUSTER_PORT", "5701");
        }
    }

    @Test
    void theLoadBalancerIsPublishedAndMountsTheNginxConfiguration() {
        Map<String, Object> lb = map(services, "lb");
        assertThat(String.valueOf(lb.get("image"))).startsWith("nginx:");
        assertThat(((List<?>) lb.get("depends_on")).stream().map(String::valueOf).toList())
                .containsExactlyInAnyOrderElementsOf(NODES);
        assertThat(((List<?>) lb.get("ports")).stream().map(String::valueOf).toList())
                .containsExactly("${PORT:-8080}:80");
        String mount = ((List<?>) lb.get("volumes")).stream().map(String::valueOf).findFirst().orElseThrow();
        assertThat(mount).isEqualTo("./src/main/docker/nginx-cluster.conf:/etc/nginx/conf.d/default.conf:ro");
    }

    @Test
    void nginxKeepsABrowserOnOneNodeAndPassesThePushWebsocketOn() {
        Matcher upstream = Pattern.compile("upstream hcc_nodes \\{([^}]*)}").matcher(nginx);
        assertThat(upstream.find()).as("the upstream block").isTrue();
        assertThat(upstream.group(1)).contains("ip_hash;");
        assertThat(Pattern.compile("server (\\S+):8080").matcher(upstream.group(1)).results().map(r -> r.group(1)))
                .as("the upstream's servers").containsExactlyElementsOf(NODES);
        assertThat(nginx).contains("proxy_pass http://hcc_nodes;", "proxy_http_version 1.1;",
                "proxy_set_header Upgrade $http_upgrade;", "proxy_set_header Connection $connection_upgrade;",
                "proxy_read_timeout 1h;", "listen 80;");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
