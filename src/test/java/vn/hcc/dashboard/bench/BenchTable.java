package vn.hcc.dashboard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The bench table, gathered across the two JVMs of a run (the export runs in one limited to 256 MB): every
 * benchmark writes its lines to {@code target/bench/lines/<order>-<name>.md}; the last step prints them all, in
 * order, and writes {@code target/bench/report.md}.
 */
public final class BenchTable {

    public static final Path DIR = Path.of("target", "bench");
    static final Path LINES = DIR.resolve("lines");
    static final String HEADER = """
            | figure | measured | anchor in the same run | ratio | goal | |
            |---|---|---|---|---|---|""";

    private BenchTable() {
    }

    /** Starts a run: the lines of an earlier run are gone. Called by the first JVM of a run only. */
    public static void clear() {
        try {
            if (Files.isDirectory(LINES)) {
                try (Stream<Path> files = Files.list(LINES)) {
                    for (Path f : files.toList()) {
                        Files.delete(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps one benchmark's lines (and notes printed under the table) under {@code order-name}. */
    public static void write(String orderAndName, List<BenchLine> lines, List<String> notes) {
        List<String> text = new ArrayList<>(lines.stream().map(BenchLine::markdown).toList());
        notes.forEach(n -> text.add("> " + n));
        try {
            Files.createDirectories(LINES);
            Files.write(LINES.resolve(orderAndName + ".md"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text.forEach(t -> System.out.println("BENCH " + t));
    }

    /** The whole table of this run, printed and written to target/bench/report.md. */
    public static String report(String heading) {
        List<String> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        try (Stream<Path> files = Files.isDirectory(LINES) ? Files.list(LINES) : Stream.empty()) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    (line.startsWith("> ") ? notes : rows).add(line);
                }
            }
            String report = heading + "\n\n" + HEADER + "\n" + String.join("\n", rows) + "\n\n"
                    + String.join("\n", notes) + "\n";
            Files.createDirectories(DIR);
            Files.writeString(DIR.resolve("report.md"), report, StandardCharsets.UTF_8);
            System.out.println("\n======== BENCH TABLE ========\n" + report);
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
