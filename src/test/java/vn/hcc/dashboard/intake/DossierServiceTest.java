package vn.hcc.dashboard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureService;

@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "RECEPTION")
class DossierServiceTest {

    @Autowired
    DossierService service;
    @Autowired
    ProcedureService procedures;

    private Procedure procedure(String code) {
        return procedures.findByCode(code).orElseThrow();
    }

    private DossierData proposal(String code, String procedure, LocalDateTime at) {
        return service.propose(procedure(procedure).getId(), at, code, Channel.IN_PERSON);
    }

    private static DossierData with(DossierData d, DossierStatus status, LocalDate result) {
        return d.withStatus(status, result, null, null);
    }

    @Test
    void aCertifiedCopyAfterThreePmBeforeTetCountsFromTheNextWorkingDay() {
        DossierData d = proposal("CT-1", "CT-02", LocalDateTime.of(2025, 1, 24, 15, 30));
        Procedure p = procedure("CT-02");
        assertThat(d.receivedOn()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(d.fieldId()).isEqualTo(p.getField().getId());
        assertThat(d.unitId()).isEqualTo(p.getUnit().getId());
        assertThat(d.onlineLevel()).isEqualTo(p.getOnlineLevel());
        assertThat(d.fee()).isEqualTo(2_000);
        assertThat(service.record(d).data().receivedOn()).isEqualTo(LocalDate.of(2025, 2, 3));
    }

    @Test
    void theDueDateFallsOnTheSwappedSaturday() {
        DossierData d = proposal("HT-1", "HT-01", LocalDateTime.of(2025, 4, 25, 10, 0));
        assertThat(d.dueOn()).isEqualTo(LocalDate.of(2025, 4, 26));
    }

    @Test
    void aDossierCodeIsUnique() {
        service.record(proposal("DUP-1", "HT-01", LocalDateTime.of(2025, 3, 3, 9, 0)));
        assertThatThrownBy(() -> service.record(proposal("DUP-1", "HT-02", LocalDateTime.of(2025, 3, 4, 9, 0))))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("dossier.error.code-taken");
                });
    }

    @Test
    void badDatesAreRefusedAtTheirField() {
        DossierData d = proposal("BAD-1", "HT-01", LocalDateTime.of(2025, 3, 3, 9, 0));
        DossierData dueBefore = d.toBuilder().dueOn(LocalDate.of(2025, 3, 2)).resultOn(null).returnedOn(null)
                .endedOn(null).paidOnline(false).digitizedComponents(false).digitizedResult(false).apologySent(false)
                .apologyReason(null).newDueOn(null).handler(null).componentsStored(null).resultStored(null)
                .reusedData(null).build();
        assertField(() -> service.record(dueBefore), "dueOn", "dossier.error.due-before-received");
        assertField(() -> service.record(with(d, DossierStatus.RESOLVED, null)), "resultOn",
                "dossier.error.result-required");
        assertField(() -> service.record(with(d, DossierStatus.RESOLVED, LocalDate.of(2025, 3, 1))), "resultOn",
                "dossier.error.result-before-received");
        assertField(() -> service.record(with(d, DossierStatus.IN_PROGRESS, LocalDate.of(2025, 3, 5))), "resultOn",
                "dossier.error.result-without-status");
    }

    @Test
    void withdrawnIsFinal() {
        Dossier d = service.record(proposal("W-1", "HT-01", LocalDateTime.of(2025, 3, 3, 9, 0)));
        Dossier withdrawn = service.changeStatus(d.getId(), d.getVersion(), DossierStatus.WITHDRAWN,
                LocalDate.of(2025, 3, 4));
        assertThat(withdrawn.data().endedOn()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertField(() -> service.changeStatus(d.getId(), withdrawn.getVersion(), DossierStatus.RESOLVED,
                LocalDate.of(2025, 3, 5)), "status", "dossier.error.final");
        assertField(() -> service.update(d.getId(), withdrawn.getVersion(), withdrawn.data()), "status",
                "dossier.error.final");
    }

    @Test
    void aResultNeedsADayNotBeforeIntake() {
        Dossier d = service.record(proposal("R-1", "HT-01", LocalDateTime.of(2025, 3, 3, 9, 0)));
        assertField(() -> service.changeStatus(d.getId(), d.getVersion(), DossierStatus.RESOLVED, null), "resultOn",
                "validation.required");
        assertField(() -> service.changeStatus(d.getId(), d.getVersion(), DossierStatus.RESOLVED,
                LocalDate.of(2025, 3, 2)), "resultOn", "dossier.error.result-before-received");
        Dossier resolved = service.changeStatus(d.getId(), d.getVersion(), DossierStatus.RESOLVED,
                LocalDate.of(2025, 3, 4));
        assertThat(resolved.data().resultOn()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefused() {
        Dossier d = service.record(proposal("C-1", "HT-01", LocalDateTime.of(2025, 3, 3, 9, 0)));
        long loaded = d.getVersion();
        service.changeStatus(d.getId(), loaded, DossierStatus.SUPPLEMENT_REQUESTED, null);
        assertThatThrownBy(() -> service.changeStatus(d.getId(), loaded, DossierStatus.RESOLVED,
                LocalDate.of(2025, 3, 4))).isInstanceOf(ConcurrentEditException.class);
        assertThat(service.findByCode("C-1").orElseThrow().data().status())
                .isEqualTo(DossierStatus.SUPPLEMENT_REQUESTED);
    }

    @Test
    void theReturnDateMovesOnlyOnceWithALetter() {
        Dossier d = service.record(proposal("A-1", "HT-03", LocalDateTime.of(2025, 3, 3, 9, 0)));
        LocalDate due = d.data().dueOn();
        assertField(() -> service.recordApology(d.getId(), d.getVersion(), "Thiếu xác minh", due), "newDueOn",
                "dossier.error.new-due-not-later");
        assertField(() -> service.recordApology(d.getId(), d.getVersion(), " ", due.plusDays(3)), "apologyReason",
                "validation.required");
        Dossier apologized = service.recordApology(d.getId(), d.getVersion(), "Phần mềm một cửa bị lỗi",
                due.plusDays(3));
        assertThat(apologized.data().apologySent()).isTrue();
        assertThat(apologized.data().newDueOn()).isEqualTo(due.plusDays(3));
        assertField(() -> service.recordApology(d.getId(), apologized.getVersion(), "Lần hai", due.plusDays(5)),
                "newDueOn", "dossier.error.apology-once");
    }

    @Test
    void overdueOnlyShowsOpenDossiersPastTheirDueDay() {
        Dossier late = service.record(proposal("O-1", "HT-01", LocalDateTime.of(2025, 3, 3, 9, 0)));
        Dossier done = service.record(proposal("O-2", "HT-01", LocalDateTime.of(2025, 3, 3, 9, 0)));
        service.changeStatus(done.getId(), done.getVersion(), DossierStatus.RESOLVED, LocalDate.of(2025, 3, 10));
        service.record(proposal("O-3", "HT-01", LocalDateTime.of(2025, 3, 20, 9, 0)));
        DossierQuery overdue = new DossierQuery(null, null, null, null, null, null, true, null,
                LocalDate.of(2025, 3, 15));
        assertThat(service.search(overdue, Pageable.unpaged()).map(Dossier::getCode)).containsExactly("O-1");
        assertThat(service.count(overdue)).isEqualTo(1);
        DossierQuery byCode = new DossierQuery(null, null, null, null, null, null, false, "o-", null);
        assertThat(service.count(byCode)).isEqualTo(3);
        assertThat(late.data().isLate(LocalDate.of(2025, 3, 15))).isTrue();
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadershipCannotRecordDossiers() {
        assertThatThrownBy(() -> service.record(null)).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertField(Runnable call, String field, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(FieldValidationException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
