package vn.hcc.dashboard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/**
 * The import in the background: it runs on another thread as the user who started it (Spring carries the security
 * context over, nobody copies it by hand), and a user without the permission is refused there as well.
 */
@SpringBootTest
@ActiveProfiles("test")
class DossierImportInBackgroundTest {

    @Autowired
    DossierImportService imports;
    @Autowired
    SecurityContextHolderStrategy security;
    @TempDir
    Path dir;

    /**
     * A thousand rows without their code (enough for the check to report its progress once): checked in full,
     * refused, nothing written.
     */
    private Path refusedFile() throws Exception {
        List<Object> noCode = ImportFiles.cells(ImportFiles.with(ImportFiles.valid("X-1"), ImportColumn.CODE, ""));
        return ImportFiles.csv(dir, "ds.csv", ImportFiles.csvText(',', ImportFiles.HEADERS,
                java.util.Collections.nCopies(1_000, noCode)), false);
    }

    @Test
    @WithMockUser(username = "tiepnhan", roles = "RECEPTION")
    void theImportRunsElsewhereAsTheUserWhoStartedIt() throws Exception {
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> worker = new AtomicReference<>();
        AtomicReference<String> user = new AtomicReference<>();
        ImportResult result = imports.importInBackground(refusedFile(), "ds.csv", (pass, rows, total) -> {
            worker.set(Thread.currentThread());
            user.set(security.getContext().getAuthentication().getName());
        }).join();
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).isNotEmpty();
        assertThat(worker.get()).isNotNull().isNotSameAs(caller);
        assertThat(user.get()).isEqualTo("tiepnhan");
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LEADER")
    void leadershipMayNotImportInTheBackgroundEither() throws Exception {
        Path file = refusedFile();
        assertThatThrownBy(() -> imports.importInBackground(file, "ds.csv", ImportProgress.NONE).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(AccessDeniedException.class);
    }
}
