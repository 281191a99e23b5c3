package vn.hcc.dashboard.importing;

import com.vaadin.flow.i18n.I18NProvider;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The scheduled alternative to the upload: the provincial export dropped into the watched folder
 * ({@code app.import.inbox}; empty: off) is imported all or nothing, as the system user, each .xlsx or .csv file on
 * its own (one that fails does not stop the next), then moved to {@code done/}, or to {@code failed/} with
 * {@code <file>.errors.txt} beside it. A file still being copied is left alone: it is taken once its size and time
 * stayed the same from one poll to the next, or once it is older than {@code app.import.inbox-settled-after}. The
 * import writes its audit entry as for an upload (user "system"); every file's fate is logged.
 * {@link InboxPoller} calls {@link #pollOnce} on a schedule.
 */
@Component
public class InboxImport {

    private static final Logger log = LoggerFactory.getLogger(InboxImport.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private record Seen(long size, long modified) {
    }

    private final DossierImportService imports;
    private final InboxErrors errors;
    private final Clock clock;
    private final Path inbox;
    private final Duration settledAfter;
    private final MeterRegistry meters;
    private final Map<Path, Seen> seen = new HashMap<>();

    @Autowired
    InboxImport(DossierImportService imports, I18NProvider translations, Clock clock,
            @Value("${app.import.inbox:}") String inbox,
            @Value("${app.import.inbox-settled-after:2m}") Duration settledAfter, MeterRegistry meters) {
        this.imports = imports;
        this.errors = new InboxErrors(translations);
        this.clock = clock;
        this.inbox = inbox == null || inbox.isBlank() ? null : Path.of(inbox.strip());
        this.settledAfter = settledAfter;
        this.meters = meters;
    }

    /** Whether a folder is watched. */
    public boolean enabled() {
        return inbox != null;
    }

    /** Imports every settled file of the folder, in name order; what happened to each. */
    public synchronized List<InboxOutcome> pollOnce() {
        if (inbox == null) {
            return List.of();
        }
        List<InboxOutcome> outcomes = new ArrayList<>();
        try {
            Files.createDirectories(inbox);
            Map<Path, Seen> now = new HashMap<>();
            for (Path file : candidates()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Seen current = new Seen(attributes.size(), attributes.lastModifiedTime().toMillis());
                boolean old = attributes.lastModifiedTime().toInstant().isBefore(clock.instant().minus(settledAfter));
                if (old || current.equals(seen.get(file))) {
                    try {
                        outcomes.add(take(file));
                    } catch (IOException | RuntimeException e) {
                        // the next file still gets its turn; this one stays and is tried again at the next poll
                        log.error("Watched import folder: {} could not be moved or listed", file, e);
                    }
                } else {
                    now.put(file, current); // maybe still being written: look again at the next poll
                }
            }
            seen.clear();
            seen.putAll(now);
        } catch (IOException e) {
            log.error("Watched import folder {} cannot be read", inbox, e);
        }
        return outcomes;
    }

    private List<Path> candidates() throws IOException {
        try (Stream<Path> files = Files.list(inbox)) {
            return files.filter(Files::isRegularFile).filter(InboxImport::importable).sorted().toList();
        }
    }

    /** .xlsx and .csv only: a half-copied "x.xlsx.part", a lock file "~$x.xlsx" or ".x" are not the export. */
    private static boolean importable(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.startsWith("~$") && (lower.endsWith(".xlsx") || lower.endsWith(".csv"));
    }

    private InboxOutcome take(Path file) throws IOException {
        String name = file.getFileName().toString();
        ImportResult result = null;
        List<String> problems;
        try {
            result = SystemAccess.asAdmin(() -> imports.importFile(file, name, ImportProgress.NONE));
            problems = result.succeeded() ? List.of() : errors.of(result);
        } catch (FieldValidationException e) {
            problems = errors.of(e);
        } catch (RuntimeException e) {
            log.error("Watched import folder: {} failed", name, e);
            problems = errors.failed();
        }
        boolean imported = problems.isEmpty();
        Path moved = move(file, imported ? "done" : "failed");
        if (imported) {
            log.info("Watched import folder: {} imported ({} new, {} updated, {} unchanged), moved to {}", name,
                    result.created(), result.updated(), result.unchanged(), moved);
        } else {
            Path list = moved.resolveSibling(moved.getFileName() + ".errors.txt");
            Files.write(list, problems, StandardCharsets.UTF_8);
            log.warn("Watched import folder: {} not imported ({} error(s), first: {}), moved to {}", name,
                    problems.size(), problems.getFirst(), moved);
        }
        meters.counter("hcc.inbox.files", "result", imported ? "done" : "failed").increment();
        return new InboxOutcome(name, imported, moved, result, problems);
    }

    /** Into {@code done/} or {@code failed/}, its name prefixed with the time: the daily export's name repeats. */
    private Path move(Path file, String folder) throws IOException {
        Path target = Files.createDirectories(inbox.resolve(folder));
        String stamped = LocalDateTime.now(clock).format(STAMP) + "_" + file.getFileName();
        Path to = target.resolve(stamped);
        for (int n = 2; Files.exists(to); n++) {
            to = target.resolve(n + "-" + stamped);
        }
        try {
            return Files.move(file, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + to, e);
        }
    }
}
