package vn.hcc.dashboard.visits;

import static vn.hcc.dashboard.visits.VisitText.key;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Consumer;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.intake.DossierChange;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierStatus;
import vn.hcc.dashboard.intake.DossierTrail;
import vn.hcc.dashboard.queue.TicketStatus;
import vn.hcc.dashboard.queue.TicketTrail;
import vn.hcc.dashboard.ratings.RatingLevel;
import vn.hcc.dashboard.ratings.VisitRating;
import vn.hcc.dashboard.visits.TimelineEvent.Kind;
import vn.hcc.dashboard.visits.TimelineEvent.Mark;

/**
 * Turns what the features keep into the steps of a timeline: a ticket's times, a dossier's values and history, a
 * rating. A day known without its time (result, return, due day) is placed at the end of that day, so that it
 * follows the day's timed steps and a result on the due day comes before the due day itself (on time).
 */
final class VisitSteps {

    private VisitSteps() {
    }

    static String ticketLink(long id) {
        return "visit?ticket=" + id;
    }

    static String dossierLink(String code) {
        return "visit?dossier=" + URLEncoder.encode(code, StandardCharsets.UTF_8);
    }

    static String paknLink(long id) {
        return "visit?pakn=" + id;
    }

    /** Whole minutes from one time to another, as the timeline says them ("12"). */
    static String minutes(LocalDateTime from, LocalDateTime to) {
        return from == null || to == null ? "" : VnFormat.number(java.time.Duration.between(from, to).toMinutes());
    }

    /** "system" (an import, the demo data) did nothing a person should be named for. */
    private static String person(String by) {
        return "system".equals(by) ? null : by;
    }

    static TimelineEvent timed(LocalDateTime at, Kind kind, VisitText title, VisitText detail, String by, Mark mark,
            String link) {
        return new TimelineEvent(at, true, kind, title, detail, person(by), mark, link);
    }

    static TimelineEvent day(LocalDate day, Kind kind, VisitText title, VisitText detail, String by, Mark mark,
            String link) {
        return new TimelineEvent(day.atTime(LocalTime.MAX), false, kind, title, detail, person(by), mark, link);
    }

    static void ticket(TicketTrail t, Consumer<TimelineEvent> out) {
        if (t.transferredFromId() != null) {
            out.accept(timed(t.issuedAt(), Kind.TICKET_TRANSFERRED, VisitText.of("visit.event.ticket-transferred-in",
                    t.transferredFromNumber(), t.number(), t.fieldName()), null, null, Mark.NONE,
                    ticketLink(t.transferredFromId())));
        } else {
            out.accept(timed(t.issuedAt(), Kind.TICKET_ISSUED,
                    VisitText.of("visit.event.ticket-issued", t.number(), t.fieldName()), null, null, Mark.NONE,
                    null));
        }
        if (t.calledAt() != null) {
            VisitText recalls = t.recallCount() == 0 ? null
                    : VisitText.of("visit.event.recalls", String.valueOf(t.recallCount()));
            out.accept(timed(t.calledAt(), Kind.TICKET_CALLED, VisitText.of("visit.event.ticket-called", t.number(),
                    t.counterName() == null ? "" : t.counterName(), minutes(t.issuedAt(), t.calledAt())),
                    recalls, t.officerName(), Mark.NONE, null));
        }
        if (t.servedUntil() != null || t.status() == TicketStatus.NO_SHOW) {
            LocalDateTime end = t.servedUntil() != null ? t.servedUntil() : t.calledAt();
            if (t.transferredToId() != null) {
                out.accept(timed(end, Kind.TICKET_TRANSFERRED, VisitText.of("visit.event.ticket-transferred-out",
                        t.number(), t.transferredToNumber()), null, t.officerName(), Mark.NONE,
                        ticketLink(t.transferredToId())));
            } else if (t.status() == TicketStatus.NO_SHOW) {
                out.accept(timed(end, Kind.TICKET_FINISHED, VisitText.of("visit.event.ticket-no-show", t.number()),
                        null, t.officerName(), Mark.WARNING, null));
            } else {
                out.accept(timed(end, Kind.TICKET_FINISHED, VisitText.of("visit.event.ticket-served", t.number(),
                        minutes(t.calledAt(), t.servedUntil())), null, t.officerName(), Mark.NONE, null));
            }
        }
    }

    /** The dossier's steps; {@code linked}: each step leads to the dossier's own timeline (a ticket's view). */
    static void dossier(DossierTrail trail, boolean linked, Consumer<TimelineEvent> out) {
        DossierData d = trail.data();
        String code = d.code();
        String link = linked ? dossierLink(code) : null;
        List<DossierChange> history = trail.history();
        String recorder = history.stream().filter(c -> c.action().equals("RECORDED") || c.action().equals("IMPORTED"))
                .map(DossierChange::by).findFirst().orElse(null);
        out.accept(timed(d.receivedAt(), Kind.DOSSIER_RECEIVED, VisitText.of("visit.event.dossier-received", code,
                trail.procedureName().isBlank() ? trail.fieldName() : trail.procedureName()),
                VisitText.of("visit.event.dossier-received.detail", trail.unitName(),
                        key("dossier.channel." + d.channel().name()), VnFormat.date(d.dueOn()),
                        d.handler() == null ? "—" : d.handler()), recorder, Mark.NONE, link));
        LocalDate originalDue = trail.letter() != null ? trail.letter().originalDueOn() : d.dueOn();
        for (DossierChange c : history) {
            change(trail, c, link, out);
        }
        if (d.apologySent()) {
            DossierTrail.Letter l = trail.letter();
            LocalDateTime at = l != null ? l.issuedAt() : history.stream().filter(c -> c.action().equals("APOLOGY"))
                    .map(DossierChange::at).findFirst().orElse(null);
            VisitText title = VisitText.of("visit.event.apology", code, VnFormat.date(d.newDueOn()));
            VisitText detail = VisitText.of("visit.event.apology.detail", d.apologyReason(),
                    l == null ? "" : l.citizenName());
            String by = l != null ? l.issuedBy() : null;
            out.accept(at != null ? timed(at, Kind.APOLOGY, title, detail, by, Mark.WARNING, link)
                    : day(originalDue, Kind.APOLOGY, title, detail, by, Mark.WARNING, link));
        }
        boolean resultLate = d.resultOn() != null && d.resultOn().isAfter(d.dueOn());
        if (d.resultOn() != null) {
            out.accept(at(d.resultOn(), history, "resultOn", Kind.DOSSIER_RESULT,
                    VisitText.of(resultLate ? "visit.event.result-late" : "visit.event.result", code),
                    resultLate ? Mark.LATE : Mark.ON_TIME, link));
        }
        if (d.returnedOn() != null) {
            LocalDate promised = d.newDueOn() != null ? d.newDueOn() : d.dueOn();
            boolean late = d.returnedOn().isAfter(promised);
            out.accept(at(d.returnedOn(), history, "returnedOn", Kind.DOSSIER_RETURNED,
                    VisitText.of(late ? "visit.event.returned-late" : "visit.event.returned", code),
                    late ? Mark.LATE : Mark.NONE, link));
        }
        if (d.endedOn() != null) {
            out.accept(at(d.endedOn(), history, "endedOn", Kind.DOSSIER_ENDED, VisitText.of("visit.event.ended",
                    code, key("dossier.status." + d.status().name())), Mark.NONE, link));
        }
        due(trail, originalDue, d.resultOn(), link, out);
    }

    private static void due(DossierTrail trail, LocalDate due, LocalDate result, String link,
            Consumer<TimelineEvent> out) {
        DossierData d = trail.data();
        boolean open = !d.status().hasResult() && !d.status().isFinal();
        boolean passed = result != null ? result.isAfter(due) : open && trail.today().isAfter(due);
        Mark mark = passed ? Mark.LATE : open ? Mark.UPCOMING : result != null ? Mark.ON_TIME : Mark.NONE;
        VisitText detail = passed && !d.apologySent() ? VisitText.of("visit.event.due.no-letter") : null;
        out.accept(day(due, Kind.DUE, VisitText.of(passed ? "visit.event.due-passed" : "visit.event.due", d.code(),
                VnFormat.date(due)), detail, null, mark, link));
        if (d.newDueOn() != null) {
            boolean late = result != null ? result.isAfter(d.newDueOn())
                    : open && trail.today().isAfter(d.newDueOn());
            Mark again = late ? Mark.LATE : open ? Mark.UPCOMING : result != null ? Mark.ON_TIME : Mark.NONE;
            out.accept(day(d.newDueOn(), Kind.DUE, VisitText.of(late ? "visit.event.new-due-passed"
                    : "visit.event.new-due", d.code(), VnFormat.date(d.newDueOn())), null, null, again, link));
        }
    }

    /**
     * A history row as a step, for what the dossier's values do not already tell: status changes other than to a
     * result, return or end, a due day or handler changed after recording. Recording, import and the apology letter
     * are their own steps.
     */
    private static void change(DossierTrail trail, DossierChange c, String link, Consumer<TimelineEvent> out) {
        if (c.field() == null || c.action().equals("RECORDED") || c.action().equals("IMPORTED")
                || c.action().equals("APOLOGY")) {
            return;
        }
        String code = trail.data().code();
        switch (c.field()) {
            case "status" -> {
                DossierStatus to = DossierStatus.valueOf(c.after());
                if (to.hasResult() || to.isFinal()) {
                    return; // told by the result, return or end step, at the day it happened
                }
                out.accept(timed(c.at(), Kind.DOSSIER_STATUS, VisitText.of("visit.event.status", code,
                        key("dossier.status." + c.before()), key("dossier.status." + c.after())), null, c.by(),
                        to == DossierStatus.IN_PROGRESS ? Mark.NONE : Mark.WARNING, link));
            }
            case "dueOn" -> out.accept(timed(c.at(), Kind.DOSSIER_CHANGED, VisitText.of("visit.event.due-moved", code,
                    VnFormat.date(LocalDate.parse(c.before())), VnFormat.date(LocalDate.parse(c.after()))), null,
                    c.by(), Mark.WARNING, link));
            case "handler" -> out.accept(timed(c.at(), Kind.DOSSIER_CHANGED, VisitText.of("visit.event.handler", code,
                    c.after() == null ? "" : c.after()), null, c.by(), Mark.NONE, link));
            default -> {
                // result, return and end days are told as their own steps; the letter's fields by the letter
            }
        }
    }

    /** A step of a known day, at the time it was recorded when that was the same day (what reception clicked). */
    private static TimelineEvent at(LocalDate day, List<DossierChange> history, String field, Kind kind,
            VisitText title, Mark mark, String link) {
        return history.stream().filter(c -> field.equals(c.field()) && day.toString().equals(c.after())
                && c.at().toLocalDate().equals(day)).reduce((first, second) -> second)
                .map(c -> timed(c.at(), kind, title, null, c.by(), mark, link))
                .orElseGet(() -> history.stream().filter(c -> field.equals(c.field()) && day.toString().equals(c.after()))
                        .reduce((first, second) -> second)
                        .map(c -> day(day, kind, title, VisitText.of("visit.event.recorded-at",
                                VnFormat.dateTime(c.at())), c.by(), mark, link))
                        .orElseGet(() -> day(day, kind, title, null, null, mark, link)));
    }

    static TimelineEvent rating(VisitRating r) {
        String subject = r.ticketNumber() != null ? r.ticketNumber() : r.dossierCode();
        VisitText detail = r.reason() == null && (r.comment() == null || r.comment().isBlank()) ? null
                : VisitText.of("visit.event.rating.detail",
                        r.reason() == null ? "—" : key("rating.reason." + r.reason().name()),
                        r.comment() == null || r.comment().isBlank() ? "—" : r.comment());
        return timed(r.ratedAt(), Kind.RATING, VisitText.of("visit.event.rating", subject,
                key("rating.level." + r.level().name())), detail, null,
                r.level() == RatingLevel.UNSATISFIED ? Mark.WARNING : Mark.NONE, null);
    }
}
