package vn.hcc.dashboard.intake;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps {@code dossier_tally} (V7) equal to the dossier table: every insert, update or delete of a {@link Dossier}
 * (whatever service or repository did it) takes the old dossier's contributions out and puts the new one's in, in the
 * same transaction. The deltas of a transaction are summed per row and written once, before it commits or before a
 * figure is read in it, so that a 100.000-row import costs a few thousand row updates, not one per dossier.
 */
@Component
class DossierTally {

    /** The counted columns, in table order; {@link PeriodFiguresService} reads them by these indexes. */
    static final List<String> COLUMNS = List.of("received", "received_digitized", "resolved_early",
            "resolved_on_time", "resolved_late", "resolved_late_apology", "resolved_with_fee", "resolved_paid_online",
            "fee_amount", "resolved_digitized", "refused", "withdrawn", "open_in_progress", "open_supplement",
            "open_financial", "open_other", "overdue", "overdue_apology");
    static final int RECEIVED = 0, RECEIVED_DIGITIZED = 1, EARLY = 2, ON_TIME = 3, LATE = 4, LATE_APOLOGY = 5,
            WITH_FEE = 6, PAID_ONLINE = 7, FEE = 8, RESULT_DIGITIZED = 9, REFUSED = 10, WITHDRAWN = 11,
            OPEN_IN_PROGRESS = 12, OPEN_SUPPLEMENT = 13, OPEN_FINANCIAL = 14, OPEN_OTHER = 15, OVERDUE = 16,
            OVERDUE_APOLOGY = 17;

    /** Recomputes the whole table from the dossiers; V7's backfill is a copy of this statement. */
    static final String REBUILD = """
            INSERT INTO dossier_tally (day, unit_id, field_id, procedure_id, channel, received, received_digitized,
              resolved_early, resolved_on_time, resolved_late, resolved_late_apology, resolved_with_fee, resolved_paid_online,
              fee_amount, resolved_digitized, refused, withdrawn, open_in_progress, open_supplement, open_financial, open_other,
              overdue, overdue_apology)
            SELECT day, unit_id, field_id, procedure_id, channel, SUM(received), SUM(received_digitized), SUM(resolved_early),
              SUM(resolved_on_time), SUM(resolved_late), SUM(resolved_late_apology), SUM(resolved_with_fee),
              SUM(resolved_paid_online), SUM(fee_amount), SUM(resolved_digitized), SUM(refused), SUM(withdrawn),
              SUM(open_in_progress), SUM(open_supplement), SUM(open_financial), SUM(open_other), SUM(overdue),
              SUM(overdue_apology)
            FROM (
              SELECT received_on AS day, unit_id, field_id, COALESCE(procedure_id, 0) AS procedure_id, channel,
                1 AS received, CASE WHEN digitized_components THEN 1 ELSE 0 END AS received_digitized,
                0 AS resolved_early, 0 AS resolved_on_time, 0 AS resolved_late, 0 AS resolved_late_apology,
                0 AS resolved_with_fee, 0 AS resolved_paid_online, 0 AS fee_amount, 0 AS resolved_digitized,
                0 AS refused, 0 AS withdrawn,
                CASE WHEN status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER') THEN 1 ELSE 0 END
                  AS open_in_progress,
                CASE WHEN status = 'SUPPLEMENT_REQUESTED' THEN 1 ELSE 0 END AS open_supplement,
                CASE WHEN status = 'SUSPENDED_FINANCIAL' THEN 1 ELSE 0 END AS open_financial,
                CASE WHEN status = 'SUSPENDED_OTHER' THEN 1 ELSE 0 END AS open_other,
                0 AS overdue, 0 AS overdue_apology
              FROM dossier
              UNION ALL
              SELECT GREATEST(result_on, received_on), unit_id, field_id, COALESCE(procedure_id, 0), channel, 0, 0,
                CASE WHEN result_on < due_on THEN 1 ELSE 0 END,
                CASE WHEN result_on = due_on THEN 1 ELSE 0 END,
                CASE WHEN result_on > due_on THEN 1 ELSE 0 END,
                CASE WHEN result_on > due_on AND apology_sent THEN 1 ELSE 0 END,
                CASE WHEN fee > 0 THEN 1 ELSE 0 END,
                CASE WHEN fee > 0 AND paid_online THEN 1 ELSE 0 END,
                fee,
                CASE WHEN digitized_result THEN 1 ELSE 0 END,
                0, 0,
                CASE WHEN status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER') THEN -1 ELSE 0 END,
                CASE WHEN status = 'SUPPLEMENT_REQUESTED' THEN -1 ELSE 0 END,
                CASE WHEN status = 'SUSPENDED_FINANCIAL' THEN -1 ELSE 0 END,
                CASE WHEN status = 'SUSPENDED_OTHER' THEN -1 ELSE 0 END,
                0, 0
              FROM dossier WHERE result_on IS NOT NULL
              UNION ALL
              SELECT GREATEST(ended_on, received_on), unit_id, field_id, COALESCE(procedure_id, 0), channel, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0,
                CASE WHEN status = 'REFUSED' THEN 1 ELSE 0 END,
                CASE WHEN status = 'REFUSED' THEN 0 ELSE 1 END,
                CASE WHEN status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER') THEN -1 ELSE 0 END,
                CASE WHEN status = 'SUPPLEMENT_REQUESTED' THEN -1 ELSE 0 END,
                CASE WHEN status = 'SUSPENDED_FINANCIAL' THEN -1 ELSE 0 END,
                CASE WHEN status = 'SUSPENDED_OTHER' THEN -1 ELSE 0 END,
                0, 0
              FROM dossier WHERE result_on IS NULL AND ended_on IS NOT NULL
              UNION ALL
              SELECT GREATEST(received_on, TIMESTAMPADD(DAY, 1, due_on)), unit_id, field_id, COALESCE(procedure_id, 0),
                channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                1, CASE WHEN apology_sent THEN 1 ELSE 0 END
              FROM dossier WHERE status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER')
              UNION ALL
              SELECT GREATEST(COALESCE(result_on, ended_on), received_on, TIMESTAMPADD(DAY, 1, due_on)), unit_id, field_id,
                COALESCE(procedure_id, 0), channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                -1, CASE WHEN apology_sent THEN -1 ELSE 0 END
              FROM dossier WHERE status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER')
                AND (result_on IS NOT NULL OR ended_on IS NOT NULL)
            ) e
            GROUP BY day, unit_id, field_id, procedure_id, channel
            """;

    private static final String UPSERT = "INSERT INTO dossier_tally (day, unit_id, field_id, procedure_id, channel, "
            + String.join(", ", COLUMNS) + ") VALUES (?, ?, ?, ?, ?" + ", ?".repeat(COLUMNS.size())
            + ") ON DUPLICATE KEY UPDATE " + String.join(", ",
                    COLUMNS.stream().map(c -> c + " = " + c + " + VALUES(" + c + ")").toList());

    record Key(LocalDate day, long unitId, long fieldId, long procedureId, String channel) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::day).thenComparingLong(Key::unitId)
                .thenComparingLong(Key::fieldId).thenComparingLong(Key::procedureId).thenComparing(Key::channel);
    }

    private final JdbcTemplate jdbc;
    // looked up when needed: the JPA listener, and so this class, is built while the EntityManager is being built
    private final ObjectProvider<EntityManager> entityManager;

    DossierTally(JdbcTemplate jdbc, ObjectProvider<EntityManager> entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    /** A dossier changed from {@code before} (null: new) to {@code after} (null: deleted). */
    void changed(DossierData before, DossierData after) {
        Map<Key, long[]> deltas = new HashMap<>();
        if (before != null) {
            contribute(before, -1, deltas);
        }
        if (after != null) {
            contribute(after, 1, deltas);
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(deltas);
            return;
        }
        Pending pending = pending();
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.add(deltas);
    }

    /** Writes this transaction's summed deltas now, so that a figure read in the same transaction sees them. */
    void writePending() {
        Pending pending = pending();
        if (pending != null) {
            pending.write();
        }
    }

    /** Throws the table away and recounts it from the dossiers (after bulk SQL, or to repair); returns its rows. */
    int rebuild() {
        entityManager.getObject().flush();
        writePending();
        jdbc.update("DELETE FROM dossier_tally");
        return jdbc.update(REBUILD);
    }

    /**
     * A dossier's share of the table, the per-dossier definition of PeriodFiguresService taken apart by day: it is
     * open from its intake day until its result or end day (a day before its intake day counts as the intake day:
     * the 15:00 cut-off), and overdue from the day after its due day until it leaves, unless suspended.
     */
    static void contribute(DossierData d, int sign, Map<Key, long[]> into) {
        LocalDate received = d.receivedOn();
        int open = switch (d.status()) {
            case SUPPLEMENT_REQUESTED -> OPEN_SUPPLEMENT;
            case SUSPENDED_FINANCIAL -> OPEN_FINANCIAL;
            case SUSPENDED_OTHER -> OPEN_OTHER;
            default -> OPEN_IN_PROGRESS;
        };
        boolean clockRuns = open == OPEN_IN_PROGRESS;
        int apology = d.apologySent() ? sign : 0;
        LocalDate overdueFrom = d.dueOn().plusDays(1);
        long[] in = row(into, d, received);
        in[RECEIVED] += sign;
        in[RECEIVED_DIGITIZED] += d.digitizedComponents() ? sign : 0;
        in[open] += sign;
        if (clockRuns) {
            long[] due = row(into, d, later(received, overdueFrom));
            due[OVERDUE] += sign;
            due[OVERDUE_APOLOGY] += apology;
        }
        LocalDate left;
        if (d.resultOn() != null) {
            left = later(d.resultOn(), received);
            long[] out = row(into, d, left);
            int cmp = d.resultOn().compareTo(d.dueOn());
            out[cmp < 0 ? EARLY : cmp == 0 ? ON_TIME : LATE] += sign;
            out[LATE_APOLOGY] += cmp > 0 ? apology : 0;
            out[WITH_FEE] += d.fee() > 0 ? sign : 0;
            out[PAID_ONLINE] += d.fee() > 0 && d.paidOnline() ? sign : 0;
            out[FEE] += sign * d.fee();
            out[RESULT_DIGITIZED] += d.digitizedResult() ? sign : 0;
            out[open] -= sign;
        } else if (d.endedOn() != null) {
            left = later(d.endedOn(), received);
            long[] out = row(into, d, left);
            out[d.status() == DossierStatus.REFUSED ? REFUSED : WITHDRAWN] += sign;
            out[open] -= sign;
        } else {
            return;
        }
        if (clockRuns) {
            long[] gone = row(into, d, later(left, overdueFrom));
            gone[OVERDUE] -= sign;
            gone[OVERDUE_APOLOGY] -= apology;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static long[] row(Map<Key, long[]> into, DossierData d, LocalDate day) {
        Key key = new Key(day, d.unitId(), d.fieldId(), d.procedureId() == null ? 0 : d.procedureId(),
                d.channel().name());
        return into.computeIfAbsent(key, k -> new long[COLUMNS.size()]);
    }

    /** Upserts in key order, so two transactions touching the same rows lock them in the same order. */
    private void write(Map<Key, long[]> deltas) {
        List<Object[]> args = new ArrayList<>();
        deltas.entrySet().stream().filter(e -> !isZero(e.getValue()))
                .sorted(Map.Entry.comparingByKey(Key.ORDER)).forEach(e -> {
                    Key k = e.getKey();
                    Object[] a = new Object[5 + COLUMNS.size()];
                    a[0] = k.day();
                    a[1] = k.unitId();
                    a[2] = k.fieldId();
                    a[3] = k.procedureId();
                    a[4] = k.channel();
                    for (int i = 0; i < COLUMNS.size(); i++) {
                        a[5 + i] = e.getValue()[i];
                    }
                    args.add(a);
                });
        if (!args.isEmpty()) {
            jdbc.batchUpdate(UPSERT, args);
        }
    }

    private static boolean isZero(long[] v) {
        for (long x : v) {
            if (x != 0) {
                return false;
            }
        }
        return true;
    }

    private static Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p) {
                return p;
            }
        }
        return null;
    }

    /** One transaction's unwritten deltas; a new transaction (even a nested REQUIRES_NEW one) has its own. */
    private final class Pending implements TransactionSynchronization {
        private final Map<Key, long[]> deltas = new HashMap<>();

        void add(Map<Key, long[]> more) {
            more.forEach((k, v) -> {
                long[] sum = deltas.computeIfAbsent(k, x -> new long[COLUMNS.size()]);
                for (int i = 0; i < v.length; i++) {
                    sum[i] += v[i];
                }
            });
        }

        void write() {
            Map<Key, long[]> now = new HashMap<>(deltas);
            deltas.clear();
            DossierTally.this.write(now);
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // dossier changes still queued in the persistence context reach the listener only when flushed
            if (!readOnly) {
                entityManager.getObject().flush();
            }
            write();
        }
    }
}
