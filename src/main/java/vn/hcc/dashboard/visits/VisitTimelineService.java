package vn.hcc.dashboard.visits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.intake.DossierTrail;
import vn.hcc.dashboard.intake.DossierTrailService;
import vn.hcc.dashboard.pakn.NotYourPaknException;
import vn.hcc.dashboard.pakn.Pakn;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.queue.TicketTrail;
import vn.hcc.dashboard.queue.TicketTrailService;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * One visit's timeline, from a ticket, a dossier or a petition. A visit is a ticket with the dossiers received from
 * its holder (and the tickets it was transferred from or to, as links), or a dossier received without a ticket;
 * a petition's timeline adds the visit of the dossier it names ({@code Pakn.dossierCode}, set when it is recorded or
 * answered). Who may open which: ticket and dossier timelines need the dossiers' permission ({@code DOSSIER_VIEW}:
 * reception, director, leadership, administrator); a petition's needs {@code PAKN_VIEW}, and a PAKN handler sees
 * only the petitions assigned to them (with the dossier they name). An unknown id or code, or a timeline the user
 * may not open, is a {@link VisitTimeline#problem} with its message, never an exception.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.VISIT_VIEW)
public class VisitTimelineService {

    /**
     * By the minute, then by kind: the form records a dossier's time to the minute while a ticket's times have
     * seconds, so a dossier received "08:05" follows the ticket called at 08:05:40 (what the screen shows as equal).
     */
    private static final Comparator<TimelineEvent> ORDER = Comparator
            .comparing((TimelineEvent e) -> e.at().truncatedTo(java.time.temporal.ChronoUnit.MINUTES))
            .thenComparing(TimelineEvent::kind).thenComparing(TimelineEvent::at);

    private final TicketTrailService tickets;
    private final DossierTrailService dossiers;
    private final PaknService pakn;
    private final RatingService ratings;
    private final CurrentUser currentUser;

    VisitTimelineService(TicketTrailService tickets, DossierTrailService dossiers, PaknService pakn,
            RatingService ratings, CurrentUser currentUser) {
        this.tickets = tickets;
        this.dossiers = dossiers;
        this.pakn = pakn;
        this.ratings = ratings;
        this.currentUser = currentUser;
    }

    /** The timeline the address asks for: {@code ticket}, {@code dossier} or {@code pakn}, in that order. */
    public VisitTimeline of(Map<String, String> parameters) {
        if (parameters.containsKey("ticket")) {
            return ofTicket(parameters.get("ticket"));
        }
        if (parameters.containsKey("dossier")) {
            return ofDossier(parameters.get("dossier"));
        }
        if (parameters.containsKey("pakn")) {
            return ofPakn(parameters.get("pakn"));
        }
        return VisitTimeline.problem("visit.error.nothing");
    }

    /** The visit of the ticket with this id (as text, from the address). */
    public VisitTimeline ofTicket(String id) {
        if (!currentUser.may(Permission.DOSSIER_VIEW)) {
            return VisitTimeline.problem("visit.error.not-allowed");
        }
        Optional<TicketTrail> ticket = number(id).flatMap(tickets::trail);
        if (ticket.isEmpty()) {
            return VisitTimeline.problem("visit.error.ticket-unknown", text(id));
        }
        TicketTrail t = ticket.get();
        List<DossierTrail> received = dossiers.byTicket(t.id());
        Visit visit = new Visit();
        visit.ticket(t);
        received.forEach(d -> visit.dossier(d, true));
        visit.rated(ratings);
        received.forEach(d -> visit.related.add(new VisitTimeline.Related(
                VisitText.of("visit.related.dossier", d.data().code()), VisitSteps.dossierLink(d.data().code()))));
        return visit.timeline(VisitText.of("visit.title.ticket", t.number(),
                t.issuedAt() == null ? "" : vn.hcc.dashboard.base.VnFormat.date(t.issuedAt().toLocalDate())));
    }

    /** The visit of the dossier with this code. */
    public VisitTimeline ofDossier(String code) {
        if (!currentUser.may(Permission.DOSSIER_VIEW)) {
            return VisitTimeline.problem("visit.error.not-allowed");
        }
        Optional<DossierTrail> dossier = dossiers.byCode(code);
        if (dossier.isEmpty()) {
            return VisitTimeline.problem("visit.error.dossier-unknown", text(code));
        }
        Visit visit = new Visit();
        visit.dossierVisit(dossier.get());
        visit.rated(ratings);
        return visit.timeline(VisitText.of("visit.title.dossier", dossier.get().data().code()));
    }

    /** A petition's timeline with the visit of the dossier it names. */
    public VisitTimeline ofPakn(String id) {
        if (!currentUser.may(Permission.PAKN_VIEW)) {
            return VisitTimeline.problem("visit.error.not-allowed-pakn");
        }
        Optional<Pakn> item;
        try {
            item = number(id).flatMap(pakn::find);
        } catch (NotYourPaknException notYours) {
            return VisitTimeline.problem("visit.error.not-your-pakn", text(id));
        }
        if (item.isEmpty()) {
            return VisitTimeline.problem("visit.error.pakn-unknown", text(id));
        }
        Pakn p = item.get();
        Visit visit = new Visit();
        Map<String, String> names = new HashMap<>();
        PaknSteps.pakn(p, pakn.history(p.getId()), pakn.today(),
                u -> u == null ? null : names.computeIfAbsent(u, pakn::handlerLabel), visit.events::add);
        if (p.getDossierCode() != null && !p.getDossierCode().isBlank()) {
            Optional<DossierTrail> dossier = dossiers.byCode(p.getDossierCode());
            if (dossier.isPresent()) {
                visit.dossierVisit(dossier.get());
                visit.rated(ratings);
            } else {
                visit.related.add(new VisitTimeline.Related(VisitText.of("visit.related.dossier-missing",
                        p.getDossierCode()), null));
            }
        }
        return visit.timeline(VisitText.of("visit.title.pakn", String.valueOf(p.getId())));
    }

    /** The steps being gathered, with the tickets and dossiers whose ratings belong to them. */
    private final class Visit {
        final List<TimelineEvent> events = new ArrayList<>();
        final List<VisitTimeline.Related> related = new ArrayList<>();
        final Set<Long> ticketIds = new LinkedHashSet<>();
        final Set<String> codes = new LinkedHashSet<>();

        void ticket(TicketTrail t) {
            ticketIds.add(t.id());
            VisitSteps.ticket(t, events::add);
            if (t.transferredFromId() != null) {
                related.add(new VisitTimeline.Related(VisitText.of("visit.related.ticket", t.transferredFromNumber()),
                        VisitSteps.ticketLink(t.transferredFromId())));
            }
            if (t.transferredToId() != null) {
                related.add(new VisitTimeline.Related(VisitText.of("visit.related.ticket", t.transferredToNumber()),
                        VisitSteps.ticketLink(t.transferredToId())));
            }
        }

        void dossier(DossierTrail d, boolean linked) {
            codes.add(d.data().code());
            VisitSteps.dossier(d, linked, events::add);
        }

        /** A dossier with the ticket its holder had, and links to the other dossiers of that ticket. */
        void dossierVisit(DossierTrail d) {
            if (d.ticketId() != null) {
                tickets.trail(d.ticketId()).ifPresent(t -> {
                    ticket(t);
                    related.add(0, new VisitTimeline.Related(VisitText.of("visit.related.ticket", t.number()),
                            VisitSteps.ticketLink(t.id())));
                    dossiers.byTicket(t.id()).stream().filter(other -> other.id() != d.id())
                            .forEach(other -> related.add(new VisitTimeline.Related(
                                    VisitText.of("visit.related.dossier", other.data().code()),
                                    VisitSteps.dossierLink(other.data().code()))));
                });
            }
            dossier(d, false);
        }

        void rated(RatingService service) {
            Consumer<TimelineEvent> out = events::add;
            service.ofVisit(ticketIds, codes).forEach(r -> out.accept(VisitSteps.rating(r)));
        }

        VisitTimeline timeline(VisitText title) {
            events.sort(ORDER);
            return new VisitTimeline(title, List.copyOf(events), List.copyOf(related), null);
        }
    }

    private static Optional<Long> number(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(Long.parseLong(id.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What the user typed, cut for the message. */
    private static String text(String s) {
        return s == null ? "" : s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }
}
