package vn.hcc.dashboard.visits;

import java.util.List;

/**
 * One visit's timeline: its title, the steps in time order and the related timelines (the ticket of a dossier, the
 * dossiers of a ticket, the dossier a petition names). When it cannot be shown (an unknown id or code, a timeline
 * the user may not open) {@code problem} says why and there are no steps.
 */
public record VisitTimeline(VisitText title, List<TimelineEvent> events, List<Related> related, VisitText problem) {

    /** A related timeline: its label and address ({@code visit?dossier=...}). */
    public record Related(VisitText label, String link) {
    }

    static VisitTimeline problem(String key, String... args) {
        return new VisitTimeline(null, List.of(), List.of(), VisitText.of(key, args));
    }

    public boolean shown() {
        return problem == null;
    }
}
