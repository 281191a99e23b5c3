package vn.hcc.dashboard.figures;

import java.time.LocalDate;
import vn.hcc.dashboard.intake.DossierData;

/**
 * The days of a dossier's life on which it adds to dossier_tally, each said in Java and in SQL side by side. A day
 * before the intake day counts as the intake day (the 15:00 cut-off moves intake to the next working day).
 */
enum TallyEvent {
    /** The intake day. */
    RECEIVED("received_on", null) {
        @Override
        LocalDate day(DossierData d) {
            return d.receivedOn();
        }
    },
    /** The result day, or else the day it was withdrawn or refused; no such day while it stays open. */
    LEFT("GREATEST(COALESCE(result_on, ended_on), received_on)", "(result_on IS NOT NULL OR ended_on IS NOT NULL)") {
        @Override
        LocalDate day(DossierData d) {
            LocalDate left = d.resultOn() != null ? d.resultOn() : d.endedOn();
            return left == null ? null : later(left, d.receivedOn());
        }
    },
    /** The day after the due day: from then on an open dossier is overdue. */
    OVERDUE_FROM("GREATEST(received_on, TIMESTAMPADD(DAY, 1, due_on))", null) {
        @Override
        LocalDate day(DossierData d) {
            return later(d.receivedOn(), d.dueOn().plusDays(1));
        }
    },
    /** The day it stops being overdue: it left, but never before it fell overdue. */
    OVERDUE_END("GREATEST(COALESCE(result_on, ended_on), received_on, TIMESTAMPADD(DAY, 1, due_on))",
            LEFT.happens) {
        @Override
        LocalDate day(DossierData d) {
            LocalDate left = LEFT.day(d);
            return left == null ? null : later(left, d.dueOn().plusDays(1));
        }
    };

    private final String sqlDay;
    private final String happens;

    TallyEvent(String sqlDay, String happens) {
        this.sqlDay = sqlDay;
        this.happens = happens;
    }

    /** The day of the event for this dossier; null when it has not happened. */
    abstract LocalDate day(DossierData d);

    /** The day over the dossier table's columns. */
    String sqlDay() {
        return sqlDay;
    }

    /** The SQL condition under which the event has happened; null: always. */
    String sqlHappens() {
        return happens;
    }

    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
