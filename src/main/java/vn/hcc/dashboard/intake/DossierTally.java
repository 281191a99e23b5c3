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
 * Keeps {@code dossier_tally} (with its monthly sums) and {@code dossier_tally_in_person} (V7, V11) equal to the dossier table: every insert, update or delete of a {@link Dossier}
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
            "open_financial", "open_other", "overdue", "overdue_apology", "components_stored",
            "components_stored_known", "result_stored", "result_stored_known", "reused_data", "reused_data_known");
    static final int RECEIVED = 0, RECEIVED_DIGITIZED = 1, EARLY = 2, ON_TIME = 3, LATE = 4, LATE_APOLOGY = 5,
            WITH_FEE = 6, PAID_ONLINE = 7, FEE = 8, RESULT_DIGITIZED = 9, REFUSED = 10, WITHDRAWN = 11,
            OPEN_IN_PROGRESS = 12, OPEN_SUPPLEMENT = 13, OPEN_FINANCIAL = 14, OPEN_OTHER = 15, OVERDUE = 16,
            OVERDUE_APOLOGY = 17, COMPONENTS_STORED = 18, COMPONENTS_STORED_KNOWN = 19, RESULT_STORED = 20,
            RESULT_STORED_KNOWN = 21, REUSED = 22, REUSED_KNOWN = 23;

    /** A row of dossier_tally ({@code returned} null) or of dossier_tally_in_person ({@code day}: result day). */
    record Key(LocalDate day, LocalDate returned, long unitId, long fieldId, long procedureId, String channel) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::day)
                .thenComparing(Key::returned, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(Key::unitId).thenComparingLong(Key::fieldId).thenComparingLong(Key::procedureId)
                .thenComparing(Key::channel);
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
        watch().add(deltas);
    }

    /**
     * Joins the current transaction before any of its dossier changes is flushed: a change flushed only at commit
     * reaches {@link #changed} after the synchronizations' beforeCommit calls were collected, so the transaction that
     * loads or creates a dossier must already have its {@link Pending}, whose beforeCommit flushes first.
     */
    Pending watch() {
        Pending pending = pending();
        if (pending == null && TransactionSynchronizationManager.isSynchronizationActive()) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
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
        jdbc.update("DELETE FROM dossier_tally_month");
        jdbc.update("DELETE FROM dossier_tally_in_person");
        return jdbc.update(DossierTallySql.REBUILD) + jdbc.update(DossierTallySql.REBUILD_MONTHS)
                + jdbc.update(DossierTallySql.REBUILD_IN_PERSON);
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
        recorded(in, COMPONENTS_STORED, d.componentsStored(), sign);
        recorded(in, REUSED, d.reusedData(), sign);
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
            recorded(out, RESULT_STORED, d.resultStored(), sign);
            out[open] -= sign;
            if (d.returnedOn() != null && d.fee() > 0 && !d.paidOnline()) {
                into.computeIfAbsent(key(d, left, later(d.returnedOn(), received)), k -> new long[1])[0] += sign;
            }
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

    /** An optional fact: counted when yes, and in the column after it when recorded at all. */
    private static void recorded(long[] row, int column, Boolean fact, int sign) {
        if (fact != null) {
            row[column] += fact ? sign : 0;
            row[column + 1] += sign;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static long[] row(Map<Key, long[]> into, DossierData d, LocalDate day) {
        return into.computeIfAbsent(key(d, day, null), k -> new long[COLUMNS.size()]);
    }

    private static Key key(DossierData d, LocalDate day, LocalDate returned) {
        return new Key(day, returned, d.unitId(), d.fieldId(), d.procedureId() == null ? 0 : d.procedureId(),
                d.channel().name());
    }

    /** Upserts in key order, so two transactions touching the same rows lock them in the same order. */
    private void write(Map<Key, long[]> deltas) {
        // each day's delta goes to its month's row too
        Map<Key, long[]> months = new HashMap<>();
        deltas.forEach((k, v) -> {
            if (k.returned() == null) {
                long[] m = months.computeIfAbsent(new Key(k.day().withDayOfMonth(1), null, k.unitId(), k.fieldId(),
                        k.procedureId(), k.channel()), x -> new long[v.length]);
                for (int i = 0; i < v.length; i++) {
                    m[i] += v[i];
                }
            }
        });
        upsert(deltas, DossierTallySql.UPSERT);
        upsert(months, DossierTallySql.UPSERT_MONTH);
    }

    private void upsert(Map<Key, long[]> deltas, String dayStatement) {
        List<Object[]> days = new ArrayList<>();
        List<Object[]> inPerson = new ArrayList<>();
        deltas.entrySet().stream().filter(e -> !isZero(e.getValue()))
                .sorted(Map.Entry.comparingByKey(Key.ORDER)).forEach(e -> {
                    Key k = e.getKey();
                    long[] v = e.getValue();
                    List<Object> a = new ArrayList<>(List.of(k.day()));
                    if (k.returned() != null) {
                        a.add(k.returned());
                    }
                    a.addAll(List.of(k.unitId(), k.fieldId(), k.procedureId(), k.channel()));
                    for (long x : v) {
                        a.add(x);
                    }
                    (k.returned() == null ? days : inPerson).add(a.toArray());
                });
        if (!days.isEmpty()) {
            jdbc.batchUpdate(dayStatement, days);
        }
        if (!inPerson.isEmpty()) {
            jdbc.batchUpdate(DossierTallySql.UPSERT_IN_PERSON, inPerson);
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
    final class Pending implements TransactionSynchronization {
        private final Map<Key, long[]> deltas = new HashMap<>();

        void add(Map<Key, long[]> more) {
            more.forEach((k, v) -> {
                long[] sum = deltas.computeIfAbsent(k, x -> new long[v.length]);
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
