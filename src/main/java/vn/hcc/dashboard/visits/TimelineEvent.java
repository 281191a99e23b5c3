package vn.hcc.dashboard.visits;

import java.time.LocalDateTime;

/**
 * One step of a visit. {@code at} orders the steps; {@code timed} false means only its day is known (a result day,
 * a due day), shown dd/MM/yyyy without a time. {@code by} is who did it (a full name; null: nobody recorded),
 * {@code detail} an optional second line, {@code link} the address of another timeline it leads to (null: none).
 */
public record TimelineEvent(LocalDateTime at, boolean timed, Kind kind, VisitText title, VisitText detail, String by,
        Mark mark, String link) {

    /** What the step is, in the order steps of the same moment are told. */
    public enum Kind {
        TICKET_ISSUED, TICKET_CALLED, TICKET_FINISHED, TICKET_TRANSFERRED, DOSSIER_RECEIVED, DOSSIER_CHANGED,
        DOSSIER_STATUS, APOLOGY, DOSSIER_RESULT, DOSSIER_RETURNED, DOSSIER_ENDED, PAKN_RECEIVED, PAKN_CHANGED,
        RATING, DUE
    }

    /** How the step is marked. */
    public enum Mark {
        /** Done, nothing to say. */
        NONE,
        /** A due day passed or a step came after it. */
        LATE,
        /** Not yet: a due day still ahead. */
        UPCOMING,
        /** Needs attention but not late: an apology letter, an unsatisfied rating, a no-show. */
        WARNING,
        /** Done on time. */
        ON_TIME
    }
}
