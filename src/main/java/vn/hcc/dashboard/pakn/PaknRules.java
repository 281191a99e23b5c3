package vn.hcc.dashboard.pakn;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;

/** The checks of a petition's data, each refusing at the form field with a translation key. */
final class PaknRules {

    static final int TEXT_MAX = 4000;

    private PaknRules() {
    }

    /** The draft with its texts trimmed, empty optional texts as null. */
    static PaknDraft check(PaknDraft d, LocalDateTime now) {
        Validate.present("receivedAt", d.receivedAt());
        if (d.receivedAt().isAfter(now)) {
            throw new FieldValidationException("receivedAt", "pakn.error.received-future");
        }
        Validate.present("channel", d.channel());
        String name = Validate.text("citizenName", d.citizenName(), 200);
        String contact = optional("citizenContact", d.citizenContact(), 200);
        String content = Validate.text("content", d.content(), TEXT_MAX);
        Validate.present("category", d.category());
        String locality = optional("locality", d.locality(), 200);
        String code = optional("dossierCode", d.dossierCode(), 64);
        return new PaknDraft(d.receivedAt(), d.channel(), name, contact, content, d.category(), locality, code,
                d.unitId());
    }

    static void checkHistoric(PaknHistoricItem h, LocalDate receivedOn) {
        Validate.present("status", h.status());
        boolean answered = h.answeredOn() != null;
        if (h.status() == PaknStatus.ANSWERED || h.status() == PaknStatus.PUBLISHED) {
            Validate.text("answer", h.answer(), TEXT_MAX);
            Validate.present("answeredOn", h.answeredOn());
        }
        if (answered && h.answeredOn().isBefore(receivedOn)) {
            throw new FieldValidationException("answeredOn", "pakn.error.answer-before-received");
        }
        if (h.status() == PaknStatus.PUBLISHED
                && (h.publishedOn() == null || h.publishedOn().isBefore(h.answeredOn()))) {
            throw new FieldValidationException("publishedOn", "validation.required");
        }
        if (h.status() == PaknStatus.HIDDEN) {
            Validate.present("hiddenOn", h.hiddenOn());
            Validate.text("hiddenReason", h.hiddenReason(), 500);
        }
        if (h.status() != PaknStatus.NEW && h.handler() == null) {
            throw new FieldValidationException("handler", "validation.required");
        }
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        if (v.length() > max) {
            throw new FieldValidationException(field, "validation.too-long", max);
        }
        return v;
    }
}
