package vn.hcc.dashboard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A uniquely named database of its own ({@code <prefix><random>}) on the MariaDB server of the suite's {@code DB_URL},
 * dropped on {@link #close}; and what the restart and backup tests ask of that server (connections, checksums, the
 * client tools). Created with the server's default collation unless told otherwise: the {@code mariadb} profile sets
 * the Vietnamese one itself before Flyway creates tables, as on a fresh production database.
 */
public final class ScratchDatabase implements AutoCloseable {

    /** The utf8mb4 Vietnamese collation the {@code mariadb} profile gives a database (README "MariaDB"). */
    public static final String VIETNAMESE = "CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_as_ci";

    private static final Pattern URL = Pattern.compile("jdbc:mariadb://([^:/?]+)(?::(\\d+))?/([^?]+).*");

    /** The server and account of {@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}. */
    public record Server(String host, int port, String user, String password, String suiteDatabase) {

        public static Server fromEnvironment() {
            String url = System.getenv("DB_URL");
            Matcher m = URL.matcher(url == null ? "" : url);
            if (!m.matches()) {
                throw new IllegalStateException("DB_URL is not a jdbc:mariadb://host[:port]/database URL: " + url);
            }
            String password = System.getenv("DB_PASSWORD");
            return new Server(m.group(1), m.group(2) == null ? 3306 : Integer.parseInt(m.group(2)),
                    System.getenv("DB_USER"), password == null ? "" : password, m.group(3));
        }

        public String url(String database) {
            return "jdbc:mariadb://" + host + ":" + port + "/" + database;
        }

        /** A new connection per statement (or per transaction), none kept open between them. */
        public DriverManagerDataSource dataSource(String database) {
            return new DriverManagerDataSource(url(database), user, password);
        }

        public JdbcTemplate jdbc(String database) {
            return new JdbcTemplate(dataSource(database));
        }

        /** {@code CHECKSUM TABLE} of every base table of {@code database}, by table name. */
        public Map<String, Long> checksums(String database) {
            JdbcTemplate jdbc = jdbc(database);
            List<String> tables = jdbc.queryForList("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = ? AND table_type = 'BASE TABLE' ORDER BY table_name", String.class,
                    database);
            Map<String, Long> sums = new TreeMap<>();
            if (!tables.isEmpty()) {
                jdbc.query("CHECKSUM TABLE " + String.join(", ", tables.stream().map(t -> "`" + t + "`").toList()),
                        rs -> {
                            String table = rs.getString(1);
                            sums.put(table.substring(table.indexOf('.') + 1), rs.getLong(2));
                        });
            }
            return sums;
        }

        /**
         * Runs a MariaDB client tool ({@code mariadb}, {@code mariadb-dump}) on this server with {@code args},
         * reading {@code in} and writing {@code out} when given; fails with its error output unless it exits with 0.
         * The password goes through the environment, never the command line.
         */
        public void tool(String tool, List<String> args, Path in, Path out) {
            Path binary = onPath(tool).orElseThrow(() -> new AssertionError(tool + " is not on the PATH ("
                    + System.getenv("PATH") + "): install MariaDB's client tools (Debian: apt-get install"
                    + " mariadb-client), the backup test needs them"));
            List<String> command = new ArrayList<>(List.of(binary.toString(), "--host=" + host, "--port=" + port,
                    "--user=" + user));
            command.addAll(args);
            try {
                Path errors = Files.createTempFile("hcc-" + tool, ".err");
                ProcessBuilder pb = new ProcessBuilder(command).redirectError(errors.toFile());
                pb.environment().put("MYSQL_PWD", password);
                pb.redirectInput(in != null ? ProcessBuilder.Redirect.from(in.toFile()) : ProcessBuilder.Redirect.PIPE);
                pb.redirectOutput(out != null ? ProcessBuilder.Redirect.to(out.toFile())
                        : ProcessBuilder.Redirect.DISCARD);
                Process p = pb.start();
                if (in == null) {
                    p.getOutputStream().close();
                }
                if (!p.waitFor(5, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    fail("%s did not finish within 5 minutes: %s", tool, command);
                }
                String err = Files.readString(errors, StandardCharsets.UTF_8);
                Files.delete(errors);
                assertThat(p.exitValue()).as("%s %s failed: %s", tool, args, err).isZero();
            } catch (IOException e) {
                throw new AssertionError("could not run " + command, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** The connection ids whose current database is {@code database}, other than the asking one. */
        public List<Long> connectionsTo(String database) {
            return jdbc(database).queryForList("SELECT id FROM information_schema.processlist WHERE db = ?"
                    + " AND id <> CONNECTION_ID()", Long.class, database);
        }

        /**
         * Waits until none of {@code connections} is connected or has a transaction (a killed client's transaction is
         * rolled back once the server notices the connection closed).
         */
        public void awaitGone(String database, Collection<Long> connections, Duration timeout) {
            if (connections.isEmpty()) {
                return;
            }
            String ids = String.join(", ", connections.stream().map(String::valueOf).toList());
            JdbcTemplate jdbc = jdbc(database);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Integer left = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM information_schema.processlist"
                        + " WHERE id IN (" + ids + ")) + (SELECT COUNT(*) FROM information_schema.innodb_trx"
                        + " WHERE trx_mysql_thread_id IN (" + ids + "))", Integer.class);
                if (left == 0) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    fail("connections %s of %s still there after %s: %s", ids, database, timeout,
                            jdbc.queryForList("SELECT * FROM information_schema.processlist WHERE id IN (" + ids + ")"));
                }
                pause(200);
            }
        }
    }

    private final Server server;
    private final String name;
    private final DriverManagerDataSource dataSource;

    private ScratchDatabase(Server server, String name) {
        this.server = server;
        this.name = name;
        this.dataSource = server.dataSource(name);
    }

    /** A new empty database {@code <prefix><random>}; {@code options} (e.g. {@link #VIETNAMESE}) or "" for none. */
    public static ScratchDatabase create(String prefix, String options) {
        Server server = Server.fromEnvironment();
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        server.jdbc(server.suiteDatabase()).execute("CREATE DATABASE `" + name + "` " + options);
        return new ScratchDatabase(server, name);
    }

    public Server server() {
        return server;
    }

    public String name() {
        return name;
    }

    public String url() {
        return server.url(name);
    }

    public JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    public NamedParameterJdbcTemplate named() {
        return new NamedParameterJdbcTemplate(dataSource);
    }

    /** Transactions over {@link #jdbc()}'s data source. */
    public DataSourceTransactionManager transactions() {
        return new DataSourceTransactionManager(dataSource);
    }

    public Map<String, Long> checksums() {
        return server.checksums(name);
    }

    @Override
    public void close() {
        server.jdbc(server.suiteDatabase()).execute("DROP DATABASE IF EXISTS `" + name + "`");
    }

    public static Optional<Path> onPath(String tool) {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "" : path).split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, tool);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
