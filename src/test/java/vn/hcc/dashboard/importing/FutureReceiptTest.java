package vn.hcc.dashboard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.importing.DossierImportService;
import vn.hcc.dashboard.importing.ImportColumn;
import vn.hcc.dashboard.importing.ImportError;
import vn.hcc.dashboard.importing.ImportFiles;
import vn.hcc.dashboard.importing.ImportProgress;
import vn.hcc.dashboard.importing.ImportResult;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Nothing is received after now on the application clock, in the Center's zone: at 18:40 there (11:40 UTC) a
 * dossier of 18:40 is recorded, one of 18:41 or of tomorrow morning is refused at the time received, by the form's
 * service, by an edit and by an import.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "RECEPTION")
class FutureReceiptTest {

    static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 3, 18, 40);

    @Autowired
    DossierService service;
    @Autowired
    DossierImportService imports;
    @Autowired
    ProcedureService procedures;
    @Autowired
    TestClock clock;
    @TempDir
    Path dir;

    @BeforeEach
    void atTwentyToSevenInTheEvening() {
        clock.set(NOW.plusSeconds(30));
    }

    @AfterEach
    void backToTheRealTime() {
        clock.set(LocalDateTime.now(TestClock.ZONE));
    }

    private DossierData proposal(String code, LocalDateTime at) {
        return service.propose(procedures.findByCode("HT-01").orElseThrow().getId(), at, code, Channel.IN_PERSON);
    }

    private static void refusedAsFuture(Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo("receivedAt");
            assertThat(e.messageKey()).isEqualTo("dossier.error.received-future");
            assertThat(e.args()).containsExactly("03/03/2025 18:40");
        });
    }

    @Test
    void theApplicationClocksNowIsTheCentersTimeToTheMinute() {
        assertThat(service.now()).isEqualTo(NOW);
        assertThat(service.today()).isEqualTo(NOW.toLocalDate());
    }

    @Test
    void aReceiptUpToNowIsRecordedAndOneAfterItRefused() {
        assertThat(service.record(proposal("FR-NOW", NOW)).data().receivedAt()).isEqualTo(NOW);
        refusedAsFuture(() -> service.record(proposal("FR-LATER", NOW.plusMinutes(1))));
        refusedAsFuture(() -> service.record(proposal("FR-TOMORROW", NOW.plusDays(1).withHour(8).withMinute(0))));
        DossierData batch = proposal("FR-BATCH", NOW.plusHours(1));
        refusedAsFuture(() -> SystemAccess.asAdmin(() -> service.recordAll(List.of(batch))));
        assertThat(service.findByCode("FR-LATER")).isEmpty();
    }

    @Test
    void anEditCannotMoveTheReceiptIntoTheFuture() {
        Dossier d = service.record(proposal("FR-EDIT", NOW.minusHours(2)));
        DossierData moved = proposal("FR-EDIT", NOW.plusMinutes(5));
        refusedAsFuture(() -> service.update(d.getId(), d.getVersion(), moved));
    }

    @Test
    void anImportRowReceivedInTheFutureIsRefusedAtItsColumn() throws IOException {
        Path file = ImportFiles.csv(dir, "ds.csv", ImportFiles.csvText(',', ImportFiles.HEADERS, List.of(
                ImportFiles.cells(ImportFiles.with(ImportFiles.valid("FR-I1"), ImportColumn.RECEIVED_AT,
                        "03/03/2025 18:40")),
                ImportFiles.cells(ImportFiles.with(ImportFiles.valid("FR-I2"), ImportColumn.RECEIVED_AT,
                        "04/03/2025 08:00")))), false);
        ImportResult result = imports.importFile(file, "ds.csv", ImportProgress.NONE);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactly(tuple(3L, ImportColumn.RECEIVED_AT.header(), "dossier.error.received-future"));
    }
}
