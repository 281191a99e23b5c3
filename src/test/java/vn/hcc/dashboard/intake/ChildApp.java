package vn.hcc.dashboard.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The parent's side of {@link ChildAppMain}: starts the real application in a JVM of its own (the same java binary,
 * the test classpath), reads what it reports on stdout, and kills it with SIGKILL ({@link Process#destroyForcibly()}
 * on Linux: no shutdown hook, no commit, no flush runs). The child's whole output is kept in
 * {@code target/child-apps/<name>.log}; its last lines go into every failure message.
 */
public final class ChildApp implements AutoCloseable {

    /** Ports the children listen on (this project's helpers keep to 18300–18399). */
    private static final int FIRST_PORT = 18300;
    private static final int LAST_PORT = 18399;
    private static final int TAIL = 40;

    private final String name;
    private final Process process;
    private final int port;
    private final long started = System.nanoTime();
    private final List<String> told = new ArrayList<>();
    private final Deque<String> tail = new ArrayDeque<>();
    private boolean ended;

    private ChildApp(String name, Process process, int port) {
        this.name = name;
        this.process = process;
        this.port = port;
    }

    /**
     * Starts {@link ChildAppMain} on the database at {@code jdbcUrl} with these actions and further Spring arguments
     * ({@code --key=value}).
     */
    public static ChildApp start(String name, String jdbcUrl, List<String> args) {
        return start(name, ChildAppMain.class, jdbcUrl, args);
    }

    /**
     * Starts another main class the same way ({@code main} speaks {@link ChildAppMain#TAG} lines and says "STARTED"
     * once up; the cluster test's nodes read commands from their stdin, see {@link #send}).
     */
    public static ChildApp start(String name, Class<?> main, String jdbcUrl, List<String> args) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx448m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                main.getName(), "--server.port=" + port, "--management.server.port=0",
                "--spring.datasource.url=" + jdbcUrl,
                "--logging.level.root=WARN", "--logging.level.vn.hcc=INFO"));
        command.addAll(args);
        try {
            Path log = Path.of("target", "child-apps", name + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            ChildApp child = new ChildApp(name, process, port);
            Thread reader = new Thread(() -> child.read(log), "child-app-" + name);
            reader.setDaemon(true);
            reader.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            child.await("start-up", Duration.ofSeconds(240), l -> l.startsWith("STARTED") ? l : null);
            System.out.printf("CHILD-APP %s: on port %d, started after %.1f s%n", name, port, child.seconds());
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** Writes {@code line} to the child's stdin. */
    public void send(String line) {
        try {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException("child app " + name + " no longer reads its input", e);
        }
    }

    /** The child's process id (for the log). */
    public long pid() {
        return process.pid();
    }

    /** Every line the child has told the parent so far, without the tag. */
    public synchronized List<String> told() {
        return List.copyOf(told);
    }

    /** The first line told (so far or later) that {@code match} accepts. */
    public String awaitLine(String what, Duration timeout, Predicate<String> match) {
        return await(what, timeout, l -> match.test(l) ? l : null);
    }

    /**
     * Waits until {@code found} gives a value for one of the lines told (earlier ones too); fails with the child's
     * last output if it ends first or {@code timeout} passes.
     */
    public synchronized <T> T await(String what, Duration timeout, Function<String, T> found) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int next = 0;
        while (true) {
            for (; next < told.size(); next++) {
                T value = found.apply(told.get(next));
                if (value != null) {
                    return value;
                }
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                throw new AssertionError("child app " + name + ": " + (ended ? "ended" : "no " + what + " within "
                        + timeout) + " while waiting for " + what + "; its last output:\n" + String.join("\n", tail));
            }
            try {
                wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** SIGKILL; waits until the process is gone and everything it printed has been read. */
    public void kill() {
        process.destroyForcibly();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("child app %s gone after SIGKILL", name).isTrue();
            synchronized (this) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (!ended && System.nanoTime() < deadline) {
                    wait(100);
                }
                assertThat(ended).as("child app %s: its output read to the end", name).isTrue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        System.out.printf("CHILD-APP %s: killed after %.1f s (exit %d)%n", name, seconds(), process.exitValue());
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    private double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    private void read(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(log,
                        StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                synchronized (this) {
                    tail.addLast(line);
                    if (tail.size() > TAIL) {
                        tail.removeFirst();
                    }
                    if (line.startsWith(ChildAppMain.TAG)) {
                        told.add(line.substring(ChildAppMain.TAG.length()));
                        notifyAll();
                    }
                }
            }
        } catch (IOException e) {
            // the process was killed mid-line: what was read is in the log
        } finally {
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }
    }

    private static int freePort() {
        for (int port = FIRST_PORT; port <= LAST_PORT; port++) {
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getByName("0.0.0.0"))) {
                return port;
            } catch (IOException taken) {
                // next one
            }
        }
        throw new IllegalStateException("no free port in " + FIRST_PORT + "–" + LAST_PORT);
    }
}
