package vn.hcc.dashboard.pakn;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The director's steering of a petition that is not final: assign or reassign, extend the deadline, publish, hide.
 * Like {@link PaknService}, each change is refused when someone saved the item first, is written to the item's
 * history, and tells open views ("pakn" topic) once committed.
 */
@Service
@Transactional
@Requires(Permission.PAKN_STEER)
public class PaknSteeringService {

    private final PaknEdits edits;
    private final PaknJournal journal;
    private final PaknLookups lookups;
    private final Clock clock;

    PaknSteeringService(PaknEdits edits, PaknJournal journal, PaknLookups lookups, Clock clock) {
        this.edits = edits;
        this.journal = journal;
        this.lookups = lookups;
        this.clock = clock;
    }

    /** Assigns or reassigns an unanswered item to a unit and a handler. */
    @Requires(Permission.PAKN_STEER)
    public Pakn assign(long id, long expectedVersion, Long unitId, String handler) {
        Pakn item = edits.load(id, expectedVersion);
        PaknEdits.refuseFinal(item, "handler");
        if (item.getStatus() == PaknStatus.ANSWERED) {
            throw new FieldValidationException("handler", "pakn.error.already-answered");
        }
        Validate.present("unit", unitId);
        lookups.checkUnit(unitId);
        String username = Validate.text("handler", handler, 64);
        if (lookups.handler(username).isEmpty()) {
            throw new FieldValidationException("handler", "pakn.error.not-a-handler", username);
        }
        String unitBefore = lookups.unitName(item.getUnitId());
        String handlerBefore = lookups.handlerLabel(item.getHandler());
        String statusBefore = item.getStatus().name();
        item.assign(unitId, username);
        journal.write(id, "ASSIGNED", "status", statusBefore, item.getStatus().name(), "unit", unitBefore,
                lookups.unitName(unitId), "handler", handlerBefore, lookups.handlerLabel(username));
        return edits.saved(item);
    }

    /** Moves the deadline of an unanswered item later, with the reason; the first deadline is kept. */
    @Requires(Permission.PAKN_STEER)
    public Pakn extendDeadline(long id, long expectedVersion, LocalDate newDeadline, String reason) {
        Pakn item = edits.load(id, expectedVersion);
        PaknEdits.refuseFinal(item, "deadline");
        if (!item.getStatus().isOpen()) {
            throw new FieldValidationException("deadline", "pakn.error.extend-answered");
        }
        Validate.present("deadline", newDeadline);
        if (!newDeadline.isAfter(item.getDeadline())) {
            throw new FieldValidationException("deadline", "pakn.error.extend-not-later");
        }
        String why = Validate.text("extensionReason", reason, 500);
        String before = item.getDeadline().toString();
        item.extend(newDeadline, why);
        journal.write(id, "EXTENDED", "deadline", before, newDeadline.toString(), "extensionReason", null, why);
        return edits.saved(item);
    }

    /** Publishes an answered item; a published answer is final. */
    @Requires(Permission.PAKN_STEER)
    public Pakn publish(long id, long expectedVersion) {
        Pakn item = edits.load(id, expectedVersion);
        PaknEdits.refuseFinal(item, "publish");
        if (item.getStatus() != PaknStatus.ANSWERED) {
            throw new FieldValidationException("publish", "pakn.error.publish-unanswered");
        }
        item.publish(today());
        journal.write(id, "PUBLISHED", "status", PaknStatus.ANSWERED.name(), PaknStatus.PUBLISHED.name());
        return edits.saved(item);
    }

    /** Hides an item before publication (duplicate, insulting, not a petition…) with the reason. */
    @Requires(Permission.PAKN_STEER)
    public Pakn hide(long id, long expectedVersion, String reason) {
        Pakn item = edits.load(id, expectedVersion);
        PaknEdits.refuseFinal(item, "hiddenReason");
        String why = Validate.text("hiddenReason", reason, 500);
        String before = item.getStatus().name();
        item.hide(today(), why);
        journal.write(id, "HIDDEN", "status", before, PaknStatus.HIDDEN.name(), "hiddenReason", null, why);
        return edits.saved(item);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
