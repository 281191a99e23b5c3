package vn.hcc.dashboard.intake;

import java.time.LocalDateTime;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.base.VnFormat;

/**
 * The rules every dossier obeys, whether typed at the counter or read from an import file (public for the import's
 * row check, which reports every broken row before anything is written); a broken rule names the field (the form
 * field or the import column) and a translation key.
 */
public final class DossierRules {

    private DossierRules() {
    }

    /**
     * The rules of a dossier whose time received is being set (recorded, edited, imported): also no receipt after
     * {@code now}, the application clock's time in the Center's zone. A future receipt would count as received and
     * due before it happened.
     */
    public static void check(DossierData d, LocalDateTime now) {
        Validate.present("receivedAt", d.receivedAt());
        if (d.receivedAt().isAfter(now)) {
            throw new FieldValidationException("receivedAt", "dossier.error.received-future", VnFormat.dateTime(now));
        }
        check(d);
    }

    /** The rules of a dossier moved on (status, apology) without touching its time received. */
    public static void check(DossierData d) {
        Validate.text("code", d.code(), 64);
        Validate.present("field", d.fieldId());
        Validate.present("unit", d.unitId());
        Validate.present("channel", d.channel());
        Validate.present("onlineLevel", d.onlineLevel());
        Validate.present("receivedAt", d.receivedAt());
        Validate.present("dueOn", d.dueOn());
        Validate.present("status", d.status());
        if (d.dueOn().isBefore(d.receivedAt().toLocalDate())) {
            throw new FieldValidationException("dueOn", "dossier.error.due-before-received");
        }
        if (d.status().hasResult() && d.resultOn() == null) {
            throw new FieldValidationException("resultOn", "dossier.error.result-required");
        }
        if (!d.status().hasResult() && d.resultOn() != null) {
            throw new FieldValidationException("resultOn", "dossier.error.result-without-status");
        }
        if (d.resultOn() != null && d.resultOn().isBefore(d.receivedAt().toLocalDate())) {
            throw new FieldValidationException("resultOn", "dossier.error.result-before-received");
        }
        if (d.resultOn() != null && d.endedOn() != null) {
            // a result and a withdrawal or refusal exclude each other; the figures (dossier_tally) rely on it
            throw new FieldValidationException("endedOn", "dossier.error.ended-with-result");
        }
        if (d.returnedOn() != null && (d.resultOn() == null || d.returnedOn().isBefore(d.resultOn()))) {
            throw new FieldValidationException("returnedOn", "dossier.error.returned-before-result");
        }
        if (d.endedOn() != null && d.endedOn().isBefore(d.receivedAt().toLocalDate())) {
            throw new FieldValidationException("endedOn", "dossier.error.ended-before-received");
        }
        if (d.fee() < 0) {
            throw new FieldValidationException("fee", "dossier.error.fee-negative");
        }
        if (d.paidOnline() && d.fee() == 0) {
            throw new FieldValidationException("paidOnline", "dossier.error.paid-without-fee");
        }
        if (d.newDueOn() != null && !d.newDueOn().isAfter(d.dueOn())) {
            throw new FieldValidationException("newDueOn", "dossier.error.new-due-not-later");
        }
        if (d.handler() != null && d.handler().length() > 100) {
            throw new FieldValidationException("handler", "validation.too-long", 100);
        }
        if (d.apologyReason() != null && d.apologyReason().length() > 500) {
            throw new FieldValidationException("apologyReason", "validation.too-long", 500);
        }
    }
}
