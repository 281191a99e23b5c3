package vn.hcc.dashboard.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.security.UserService;

/**
 * The apology letter of a late dossier (domain.md §4, "Phiếu xin lỗi và hẹn lại ngày trả kết quả"): issued once,
 * with a reason and a new return day that is a working day after today, in the same transaction as the dossier's
 * apology record (which moves its due day for the figures); kept with who issued it and when, so the letter can be
 * downloaded or printed again as it was.
 */
@Service
@Transactional
@Requires(Permission.DOSSIER_EDIT)
public class ApologyLetterService {

    private final DossierService dossiers;
    private final DossierRepository dossierRows;
    private final ApologyLetterRepository letters;
    private final WorkingDayCalendar calendar;
    private final UnitService units;
    private final ProcedureService procedures;
    private final UserService users;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApologyLetterService(DossierService dossiers, DossierRepository dossierRows, ApologyLetterRepository letters,
            WorkingDayCalendar calendar, UnitService units, ProcedureService procedures, UserService users,
            CurrentUser currentUser, Clock clock) {
        this.dossiers = dossiers;
        this.dossierRows = dossierRows;
        this.letters = letters;
        this.calendar = calendar;
        this.units = units;
        this.procedures = procedures;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Issues the letter and moves the dossier's return day; refused at the field that is wrong. */
    public Dossier issue(long dossierId, long expectedVersion, String citizenName, String reason,
            LocalDate newDueOn) {
        String name = Validate.text("citizenName", citizenName, 200);
        Validate.text("apologyReason", reason, 500);
        Validate.present("newDueOn", newDueOn);
        LocalDate today = LocalDate.now(clock);
        if (!newDueOn.isAfter(today)) {
            throw new FieldValidationException("newDueOn", "dossier.error.apology-not-future");
        }
        if (!calendar.isWorkingDay(newDueOn)) {
            throw new FieldValidationException("newDueOn", "dossier.error.apology-not-working-day");
        }
        LocalDate originalDue = dossierRows.findById(dossierId).map(d -> d.data().dueOn()).orElse(null);
        Dossier saved = dossiers.recordApology(dossierId, expectedVersion, reason, newDueOn);
        letters.save(new ApologyLetter(dossierId, name, reason.trim(), originalDue, newDueOn,
                currentUser.username().orElse("system"), LocalDateTime.now(clock)));
        return saved;
    }

    /** The letter of the dossier with this code, as issued; empty when none was issued here. */
    @Transactional(readOnly = true)
    @Requires(Permission.DOSSIER_VIEW)
    public Optional<ApologyLetterData> letter(String dossierCode) {
        return dossiers.findByCode(dossierCode).flatMap(dossier -> letters.findByDossierId(dossier.getId())
                .map(letter -> {
                    DossierData d = dossier.data();
                    String issuer = users.accountNamed(letter.getIssuedBy()).map(UserService.Account::fullName)
                            .orElse(letter.getIssuedBy());
                    String procedure = d.procedureId() == null ? ""
                            : procedures.findById(d.procedureId()).map(p -> p.getName()).orElse("");
                    return new ApologyLetterData(d.code(), units.center().map(u -> u.getName()).orElse(""),
                            units.nameOf(d.unitId()).orElse(""), procedure, d.receivedOn(), letter.getOriginalDueOn(),
                            letter.getNewDueOn(), letter.getReason(), letter.getCitizenName(), issuer,
                            letter.getIssuedAt());
                }));
    }
}
