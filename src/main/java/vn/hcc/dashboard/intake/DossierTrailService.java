package vn.hcc.dashboard.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.security.UserService;

/**
 * A dossier's trail for a visit's timeline: its values, history, letter and ticket. Read-only. The permission is the
 * timeline's ({@code VISIT_VIEW}); which timeline a user may open (a PAKN handler only through a petition of theirs)
 * is decided by the timeline's service, the one caller.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.VISIT_VIEW)
public class DossierTrailService {

    private final DossierRepository dossiers;
    private final DossierHistoryRepository history;
    private final ApologyLetterRepository letters;
    private final ProcedureService procedures;
    private final FieldService fields;
    private final UnitService units;
    private final UserService users;
    private final Clock clock;

    DossierTrailService(DossierRepository dossiers, DossierHistoryRepository history, ApologyLetterRepository letters,
            ProcedureService procedures, FieldService fields, UnitService units, UserService users, Clock clock) {
        this.dossiers = dossiers;
        this.history = history;
        this.letters = letters;
        this.procedures = procedures;
        this.fields = fields;
        this.units = units;
        this.users = users;
        this.clock = clock;
    }

    /** The dossier with this code (trimmed); empty when there is none. */
    public Optional<DossierTrail> byCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> names = new HashMap<>();
        return dossiers.findByCode(code.trim()).map(d -> trail(d, names));
    }

    /** The dossiers received from the citizen holding this ticket, in the order received. */
    public List<DossierTrail> byTicket(long ticketId) {
        Map<String, String> names = new HashMap<>();
        return dossiers.findByTicketIdOrderByReceivedAtAscIdAsc(ticketId).stream().map(d -> trail(d, names)).toList();
    }

    private DossierTrail trail(Dossier dossier, Map<String, String> names) {
        DossierData d = dossier.data();
        LocalDate today = LocalDate.now(clock);
        List<DossierChange> changes = history.findByDossierIdOrderByChangedAtAscIdAsc(dossier.getId()).stream()
                .map(DossierHistory::change)
                .map(c -> new DossierChange(c.at(), name(c.by(), names), c.action(), c.field(), c.before(),
                        c.after()))
                .toList();
        DossierTrail.Letter letter = letters.findByDossierId(dossier.getId())
                .map(l -> new DossierTrail.Letter(l.getIssuedAt(), name(l.getIssuedBy(), names), l.getCitizenName(),
                        l.getReason(), l.getOriginalDueOn(), l.getNewDueOn()))
                .orElse(null);
        String procedure = d.procedureId() == null ? ""
                : procedures.findById(d.procedureId()).map(p -> p.getName()).orElse("");
        return new DossierTrail(dossier.getId(), d, dossier.getTicketId(), procedure,
                fields.nameOf(d.fieldId()).orElse(""), units.nameOf(d.unitId()).orElse(""), changes, letter,
                d.isLate(today), today);
    }

    /** A user's full name, or the username when the account is gone ("system" for a job). */
    private String name(String username, Map<String, String> names) {
        return names.computeIfAbsent(username, u -> users.accountNamed(u).map(UserService.Account::fullName)
                .filter(n -> !n.isBlank()).orElse(u));
    }
}
