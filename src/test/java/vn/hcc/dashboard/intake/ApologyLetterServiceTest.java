package vn.hcc.dashboard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.security.SystemAccess;

/** The letter is kept as issued (to whom, why, both days, who and when), once per dossier, by staff who edit dossiers. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class ApologyLetterServiceTest {

    @Autowired
    ApologyLetterService letters;
    @Autowired
    DossierService dossiers;
    @Autowired
    ProcedureService procedures;
    @Autowired
    WorkingDayCalendar calendar;

    private Dossier dossier(String code) {
        LocalDate today = dossiers.today();
        return dossiers.record(dossiers.propose(procedures.findByCode("HT-03").orElseThrow().getId(),
                LocalDateTime.of(today, LocalTime.MIDNIGHT), code, Channel.IN_PERSON));
    }

    @Test
    @WithMockUser(username = "tiepnhan", roles = "RECEPTION")
    void theLetterIsKeptAsIssuedAndTheDayMovesOnlyOnce() {
        Dossier d = dossier("LT-1");
        LocalDate due = d.data().dueOn();
        LocalDate newDue = calendar.addWorkingDays(due, 2);
        Dossier saved = letters.issue(d.getId(), d.getVersion(), "Trần Văn Bình", "  Chờ xác minh của xã  ", newDue);
        assertThat(saved.data().apologySent()).isTrue();
        assertThat(saved.data().newDueOn()).isEqualTo(newDue);
        ApologyLetterData letter = letters.letter("LT-1").orElseThrow();
        assertThat(letter.citizenName()).isEqualTo("Trần Văn Bình");
        assertThat(letter.reason()).isEqualTo("Chờ xác minh của xã");
        assertThat(letter.originalDueOn()).isEqualTo(due);
        assertThat(letter.newDueOn()).isEqualTo(newDue);
        assertThat(letter.issuedBy()).isEqualTo("Phạm Thị Lan");
        assertThat(letter.issuedAt().toLocalDate()).isEqualTo(dossiers.today());
        assertThat(letter.procedureName()).isNotBlank();
        assertThatThrownBy(() -> letters.issue(saved.getId(), saved.getVersion(), "Trần Văn Bình", "Lần hai",
                calendar.addWorkingDays(newDue, 2))).isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dossier.error.apology-once"));
        assertThat(letters.letter("KHONG-CO")).isEmpty();
    }

    @Test
    @WithMockUser(username = "lanhdao", roles = "LEADER")
    void leadershipReadsButDoesNotIssue() {
        Dossier d = SystemAccess.asAdmin(() -> dossier("LT-2"));
        assertThatThrownBy(() -> letters.issue(d.getId(), d.getVersion(), "A", "B",
                calendar.addWorkingDays(d.data().dueOn(), 2))).isInstanceOf(AccessDeniedException.class);
        assertThat(letters.letter("LT-2")).isEmpty();
    }
}
