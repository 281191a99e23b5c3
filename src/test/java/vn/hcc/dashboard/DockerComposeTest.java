package vn.hcc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where the tests run, so docker-compose.yml and the Dockerfile are checked by reading them:
 * the app must get every setting the {@code mariadb} profile reads, and reach the database service once it is healthy.
 */
class DockerComposeTest {

    private static Map<String, Object> compose;
    private static Map<String, Object> db;
    private static Map<String, Object> app;

    @BeforeAll
    static void parse() throws IOException {
        compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        Map<String, Object> services = map(compose, "services");
        assertThat(services).containsKeys("db", "app");
        db = map(services, "db");
        app = map(services, "app");
    }

    @Test
    void databaseIsMariaDb11WithANamedVolume() {
        assertThat(db.get("image")).isEqualTo("mariadb:11");
        List<?> volumes = (List<?>) db.get("volumes");
        String dataVolume = volumes.stream().map(String::valueOf).filter(v -> v.endsWith(":/var/lib/mysql"))
                .map(v -> v.substring(0, v.indexOf(':'))).findFirst().orElseThrow();
        assertThat(map(compose, "volumes")).containsKey(dataVolume);
    }

    @Test
    void databaseHasAHealthcheckAndTheAppWaitsForIt() {
        assertThat(((List<?>) map(db, "healthcheck").get("test")).stream().map(String::valueOf).toList())
                .contains("healthcheck.sh", "--connect", "--innodb_initialized");
        assertThat(map(map(app, "depends_on"), "db")).containsEntry("condition", "service_healthy");
    }

    @Test
    void appUsesTheDatabaseAndUserTheDbContainerCreates() {
        Map<String, String> env = environment(db);
        assertThat(env).containsKeys("MARIADB_ROOT_PASSWORD", "MARIADB_DATABASE", "MARIADB_USER", "MARIADB_PASSWORD");
        // The app logs in as the user the db container creates, into the database it creates.
        Map<String, String> appEnv = environment(app);
        assertThat(appEnv.get("DB_USER")).isEqualTo(env.get("MARIADB_USER"));
        assertThat(appEnv.get("DB_PASSWORD")).isEqualTo(env.get("MARIADB_PASSWORD"));
        assertThat(appEnv.get("DB_URL")).endsWith("/" + env.get("MARIADB_DATABASE"));
    }

    @Test
    void appIsBuiltFromTheDockerfileAndPublishesPort8080() {
        Map<String, Object> build = map(app, "build");
        Path dockerfile = Path.of(String.valueOf(build.get("context"))).resolve(String.valueOf(build.get("dockerfile")));
        assertThat(dockerfile).isRegularFile();
        assertThat(dockerfile.normalize()).isEqualTo(Path.of("src/main/docker/Dockerfile"));
        assertThat(((List<?>) app.get("ports")).stream().map(String::valueOf).toList())
                .anyMatch(p -> p.endsWith(":8080"));
    }

    @Test
    void appGetsEverySettingTheMariaDbProfileNeeds() throws IOException {
        Map<String, String> env = environment(app);
        Set<String> needed = new TreeSet<>(placeholders(Files.readString(
                Path.of("src/main/resources/application-mariadb.properties"))));
        needed.addAll(List.of("ADMIN_USERNAME", "ADMIN_PASSWORD"));
        assertThat(needed).contains("DB_URL", "DB_USER", "DB_PASSWORD");
        for (String name : needed) {
            assertThat(env.get(name)).as(name).isNotBlank();
        }
        assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "mariadb");
        assertThat(env.get("DB_URL")).startsWith("jdbc:mariadb://db:3306/");
        // No built-in administrator password: compose stops with a message when it is not given.
        assertThat(env.get("ADMIN_PASSWORD")).matches("\\$\\{ADMIN_PASSWORD:\\?.+}");
    }

    @Test
    void dockerfileBuildsWithTheWrapperAndRunsTheJarAsAnUnprivilegedUserOnPort8080() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile"));
        String[] stages = dockerfile.split("(?m)^FROM ");
        assertThat(stages).hasSize(3);
        String build = stages[1];
        String runtime = stages[2];
        assertThat(build).startsWith("eclipse-temurin:").contains("./mvnw -B -DskipTests package")
                .contains("target/hcc-dashboard.jar");
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<finalName>hcc-dashboard</finalName>");
        assertThat(runtime).startsWith("eclipse-temurin:21-jre").containsPattern("(?m)^EXPOSE 8080$")
                .containsPattern("(?m)^ENTRYPOINT \\[\"java\", \"-jar\", \"[^\"]*hcc-dashboard\\.jar\"]$");
        // the container runs in the Center's zone, with the zone data installed
        assertThat(runtime).containsPattern("(?m)^ENV TZ=Asia/Ho_Chi_Minh$")
                .contains("install -y --no-install-recommends tzdata");
        Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(runtime);
        assertThat(user.find()).as("runtime stage sets a USER").isTrue();
        assertThat(user.group(1)).isNotIn("root", "0");
    }

    /** Environment variables the profile reads without a default, e.g. {@code ${DB_URL}}; also those with one. */
    private static Set<String> placeholders(String properties) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)").matcher(properties);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Compose accepts the environment as a map or as a list of NAME=value. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Object env = service.get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : String.valueOf(v)));
        } else if (env instanceof List<?> l) {
            l.stream().map(String::valueOf).forEach(e -> {
                int eq = e.indexOf('=');
                result.put(eq < 0 ? e : e.substring(0, eq), eq < 0 ? null : e.substring(eq + 1));
            });
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
