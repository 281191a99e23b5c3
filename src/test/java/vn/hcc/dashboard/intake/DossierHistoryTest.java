package vn.hcc.dashboard.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * Every write path of {@link DossierService} leaves its rows in the dossier's history, in the same transaction:
 * who, when, the action and each followed field before and after. Rolled back.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "tiepnhan", roles = "RECEPTION")
class DossierHistoryTest {

    @Autowired
    DossierService service;
    @Autowired
    DossierTrailService trails;
    @Autowired
    ProcedureService procedures;
    @Autowired
    TestClock clock;

    private DossierData proposal(String code, LocalDateTime at) {
        return service.propose(procedures.findByCode("HT-03").orElseThrow().getId(), at, code, Channel.IN_PERSON);
    }

    /** "action field before→after" per row, oldest first. */
    private List<String> history(String code) {
        return trails.byCode(code).orElseThrow().history().stream()
                .map(c -> c.action() + " " + c.field() + " " + c.before() + "→" + c.after()).toList();
    }

    @Test
    void theFormTheStatusAndTheLetterEachWriteTheirRowsByTheOfficerAtTheTime() {
        clock.set(LocalDateTime.of(2025, 3, 3, 9, 0));
        Dossier d = service.record(proposal("H-1", LocalDateTime.of(2025, 3, 3, 8, 30)));
        assertThat(history("H-1")).containsExactly("RECORDED status null→IN_PROGRESS",
                "RECORDED dueOn null→2025-03-06");
        clock.set(LocalDateTime.of(2025, 3, 4, 10, 0));
        d = service.update(d.getId(), d.getVersion(), d.data().toBuilder().handler("Lê Văn Tâm").build());
        d = service.update(d.getId(), d.getVersion(), d.data().toBuilder().fee(20_000).build());
        clock.set(LocalDateTime.of(2025, 3, 7, 8, 0));
        d = service.recordApology(d.getId(), d.getVersion(), "Chờ xác minh", LocalDate.of(2025, 3, 11));
        clock.set(LocalDateTime.of(2025, 3, 10, 14, 0));
        d = service.changeStatus(d.getId(), d.getVersion(), DossierStatus.RESOLVED, LocalDate.of(2025, 3, 10));
        clock.set(LocalDateTime.of(2025, 3, 11, 9, 0));
        service.changeStatus(d.getId(), d.getVersion(), DossierStatus.RETURNED, LocalDate.of(2025, 3, 11));

        assertThat(history("H-1")).containsExactly("RECORDED status null→IN_PROGRESS",
                "RECORDED dueOn null→2025-03-06", "UPDATED handler null→Lê Văn Tâm",
                "UPDATED null null→null", // the fee is not followed: the edit still leaves its row
                "APOLOGY newDueOn null→2025-03-11", "APOLOGY apologyReason null→Chờ xác minh",
                "STATUS status IN_PROGRESS→RESOLVED", "STATUS resultOn null→2025-03-10",
                "STATUS status RESOLVED→RETURNED", "STATUS returnedOn null→2025-03-11");
        List<DossierChange> rows = trails.byCode("H-1").orElseThrow().history();
        assertThat(rows.getFirst().at()).isEqualTo(LocalDateTime.of(2025, 3, 3, 9, 0));
        assertThat(rows.getLast().at()).isEqualTo(LocalDateTime.of(2025, 3, 11, 9, 0));
        assertThat(rows).extracting(DossierChange::by).containsOnly("Phạm Thị Lan");
        assertThat(trails.byCode("H-1").orElseThrow().data().resultOn()).as("returning keeps the result day")
                .isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void aBulkWriteLeavesOneImportedRowPerNewDossierAndAnImportsChangesTheirRows() {
        clock.set(LocalDateTime.of(2025, 3, 20, 9, 0));
        SystemAccess.asAdmin(() -> service.recordAll(List.of(proposal("B-1", LocalDateTime.of(2025, 3, 3, 8, 0)))));
        assertThat(history("B-1")).containsExactly("IMPORTED status null→IN_PROGRESS");

        // more new dossiers than one multi-row statement holds, and one known dossier moved on
        List<DossierData> batch = new ArrayList<>();
        for (int i = 0; i < 2 * DossierInserts.ROWS + 7; i++) {
            batch.add(proposal("U-" + i, LocalDateTime.of(2025, 3, 4, 8, 0)));
        }
        DossierData known = service.findByCode("B-1").orElseThrow().data();
        batch.add(known.withStatus(DossierStatus.RESOLVED, LocalDate.of(2025, 3, 5), null, null));
        DossierService.Upserted done = service.upsert(batch, (incoming, current) -> incoming);
        assertThat(done.created()).isEqualTo(2 * DossierInserts.ROWS + 7);
        for (String code : List.of("U-0", "U-249", "U-250", "U-506")) {
            assertThat(history(code)).as(code).containsExactly("IMPORTED status null→IN_PROGRESS");
        }
        assertThat(history("B-1")).containsExactly("IMPORTED status null→IN_PROGRESS",
                "IMPORT_UPDATED status IN_PROGRESS→RESOLVED", "IMPORT_UPDATED resultOn null→2025-03-05");
        assertThat(trails.byCode("U-3").orElseThrow().history().getFirst().by()).isEqualTo("Phạm Thị Lan");
    }

    @Test
    void aDossierRecordedWithTheTicketOfTheDayRemembersIt() {
        clock.set(LocalDateTime.of(2025, 3, 3, 9, 0));
        Dossier d = service.record(proposal("T-1", LocalDateTime.of(2025, 3, 3, 8, 30)), "  ");
        assertThat(d.getTicketId()).isNull();
        assertThat(trails.byCode("T-1").orElseThrow().ticketId()).isNull();
    }
}
