package vn.hcc.dashboard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.importing.ImportFiles.cells;
import static vn.hcc.dashboard.importing.ImportFiles.valid;
import static vn.hcc.dashboard.importing.ImportFiles.with;

import com.vaadin.flow.i18n.I18NProvider;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import java.time.LocalDate;
import vn.hcc.dashboard.audit.AuditAction;
import vn.hcc.dashboard.audit.AuditEntry;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.audit.AuditFilter;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The watched import folder with a good and a bad file: each is imported on its own, all or nothing, as the system
 * user, and moved to done/ or failed/ (with its Vietnamese error list). The imports commit; the class's dossiers are
 * removed afterwards ({@code TestIsolation}).
 */
@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "RECEPTION") // reads the dossiers back; the folder itself imports as "system"
class InboxImportTest {

    @Autowired
    DossierImportService imports;
    @Autowired
    I18NProvider translations;
    @Autowired
    Clock clock;
    @Autowired
    DossierService dossiers;
    @TempDir
    Path inbox;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private InboxImport watching(Path folder) {
        return new InboxImport(imports, translations, clock, folder.toString(), Duration.ofMinutes(2), meters);
    }

    private Path csv(String name, List<List<Object>> rows, Duration age) throws IOException {
        Path file = ImportFiles.csv(inbox, name, ImportFiles.csvText(',', ImportFiles.HEADERS, rows), false);
        Files.setLastModifiedTime(file, FileTime.from(clock.instant().minus(age)));
        return file;
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBadFileGoesToFailedWithItsErrorsAndTheGoodFileAfterItIsImported() throws IOException {
        csv("a-bad.csv", List.of(cells(valid("INBOX-BAD-1")),
                cells(with(valid("INBOX-BAD-2"), ImportColumn.RECEIVED_AT, "31/02/2025"))), Duration.ofHours(1));
        csv("b-good.csv", List.of(cells(valid("INBOX-GOOD-1")), cells(valid("INBOX-GOOD-2"))), Duration.ofHours(1));
        Files.writeString(inbox.resolve("notes.txt"), "not an export");

        List<InboxOutcome> outcomes = watching(inbox).pollOnce();

        assertThat(outcomes).extracting(InboxOutcome::fileName, InboxOutcome::imported)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a-bad.csv", false),
                        org.assertj.core.groups.Tuple.tuple("b-good.csv", true));
        // all or nothing: the bad file's valid row is not stored either; the good file's two are
        assertThat(dossiers.findByCode("INBOX-BAD-1")).isEmpty();
        assertThat(dossiers.findByCode("INBOX-BAD-2")).isEmpty();
        assertThat(dossiers.findByCode("INBOX-GOOD-1")).isPresent();
        assertThat(dossiers.findByCode("INBOX-GOOD-2")).isPresent();
        assertThat(outcomes.get(1).result().created()).isEqualTo(2);

        assertThat(names(inbox)).containsExactly("done", "failed", "notes.txt");
        assertThat(names(inbox.resolve("done"))).singleElement().asString().endsWith("_b-good.csv");
        List<String> failed = names(inbox.resolve("failed"));
        assertThat(failed).hasSize(2);
        assertThat(failed.get(0)).endsWith("_a-bad.csv");
        assertThat(failed.get(1)).isEqualTo(failed.get(0) + ".errors.txt");
        assertThat(Files.readAllLines(inbox.resolve("failed").resolve(failed.get(1)), StandardCharsets.UTF_8))
                .containsExactly("Dòng 3, cột \"Ngày tiếp nhận\", giá trị \"31/02/2025\": "
                        + "Ngày không hợp lệ: cần dạng dd/MM/yyyy hoặc dd/MM/yyyy HH:mm");
        assertThat(meters.counter("hcc.inbox.files", "result", "done").count()).isEqualTo(1);
        assertThat(meters.counter("hcc.inbox.files", "result", "failed").count()).isEqualTo(1);
    }

    @Test
    void theImportIsAuditedAsTheSystemUser(@Autowired AuditService audit) throws IOException {
        csv("export.csv", List.of(cells(valid("INBOX-AUDIT-1"))), Duration.ofHours(1));
        AuditFilter bySystem = new AuditFilter(Period.day(LocalDate.now(clock)), AuditedType.DOSSIER,
                AuditService.SYSTEM, "");
        long before = SystemAccess.asAdmin(() -> audit.search(bySystem, 0, 10_000)).stream()
                .filter(e -> e.getAction() == AuditAction.IMPORT).count();

        watching(inbox).pollOnce();

        List<AuditEntry> after = SystemAccess.asAdmin(() -> audit.search(bySystem, 0, 10_000));
        assertThat(after.stream().filter(e -> e.getAction() == AuditAction.IMPORT)).hasSize((int) before + 1)
                .allSatisfy(e -> assertThat(e.getActor()).isEqualTo(AuditService.SYSTEM));
    }

    @Test
    void aFileStillBeingWrittenWaitsUntilItStaysTheSameOverTwoPolls() throws IOException {
        InboxImport watched = watching(inbox);
        Path file = csv("today.csv", List.of(cells(valid("INBOX-FRESH-1"))), Duration.ZERO);

        assertThat(watched.pollOnce()).as("first seen: maybe half copied").isEmpty();
        Files.writeString(file, "\n", java.nio.file.StandardOpenOption.APPEND);
        assertThat(watched.pollOnce()).as("grew since the last poll").isEmpty();
        assertThat(dossiers.findByCode("INBOX-FRESH-1")).isEmpty();

        assertThat(watched.pollOnce()).extracting(InboxOutcome::imported).containsExactly(true);
        assertThat(dossiers.findByCode("INBOX-FRESH-1")).isPresent();
        assertThat(names(inbox)).containsExactly("done");
    }

    @Test
    void anUnreadableFileIsRefusedWithOneLineSayingWhy() throws IOException {
        Path file = inbox.resolve("broken.xlsx");
        Files.writeString(file, "this is no workbook");
        Files.setLastModifiedTime(file, FileTime.from(clock.instant().minus(Duration.ofHours(1))));

        InboxOutcome outcome = watching(inbox).pollOnce().getFirst();

        assertThat(outcome.imported()).isFalse();
        assertThat(Files.readAllLines(outcome.movedTo().resolveSibling(outcome.movedTo().getFileName()
                + ".errors.txt"))).containsExactly(
                        "Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng .xlsx/.csv");
    }

    @Test
    void withoutAFolderNothingIsWatchedAndNoScheduleRuns(@Autowired InboxImport configured,
            @Autowired ApplicationContext context) throws IOException {
        csv("export.csv", List.of(cells(valid("INBOX-OFF-1"))), Duration.ofHours(1));

        assertThat(configured.enabled()).as("app.import.inbox is not set in tests").isFalse();
        assertThat(configured.pollOnce()).isEmpty();
        assertThat(context.getBeanNamesForType(InboxPoller.class)).isEmpty();
        assertThat(names(inbox)).containsExactly("export.csv");
    }
}
