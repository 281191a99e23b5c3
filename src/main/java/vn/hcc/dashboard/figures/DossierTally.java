package vn.hcc.dashboard.figures;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.hcc.dashboard.intake.DossierChanges;
import vn.hcc.dashboard.intake.DossierData;

/**
 * Keeps {@code dossier_tally} (with its monthly sums) and {@code dossier_tally_in_person} (V7, V11), and their unit
 * rollups (V19, the same sums without field and procedure), equal to the dossier table: {@code intake.DossierService}
 * tells it ({@link DossierChanges}) of every dossier it records, changes or deletes, in the writing transaction, and it takes the old dossier's contributions out and puts the new one's in.
 * The deltas of a transaction are summed per row and written once, before it commits or before a figure is read in
 * it, so that a 100.000-row import costs a few thousand row updates, not one per dossier.
 */
@Component
class DossierTally implements DossierChanges {

    private static final int SIZE = TallyColumn.values().length;
    private static final int ROWS_PER_STATEMENT = 200;

    /** A row of dossier_tally ({@code returned} null) or of dossier_tally_in_person ({@code day}: result day). */
    record Key(LocalDate day, LocalDate returned, long unitId, long fieldId, long procedureId, String channel) {
        static final Comparator<Key> ORDER = Comparator.comparing(Key::day)
                .thenComparing(Key::returned, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(Key::unitId).thenComparingLong(Key::fieldId).thenComparingLong(Key::procedureId)
                .thenComparing(Key::channel);

        /** The row of the unit rollups this row adds to. */
        Key ofUnit() {
            return new Key(day, returned, unitId, 0, 0, channel);
        }
    }

    private final JdbcTemplate jdbc;
    private final EntityManager entityManager;

    DossierTally(JdbcTemplate jdbc, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.entityManager = entityManager;
    }

    @Override
    public void changed(DossierData before, DossierData after) {
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
        entityManager.flush();
        writePending();
        jdbc.update("DELETE FROM dossier_tally");
        jdbc.update("DELETE FROM dossier_tally_month");
        jdbc.update("DELETE FROM dossier_tally_in_person");
        int rows = jdbc.update(DossierTallySql.REBUILD) + jdbc.update(DossierTallySql.REBUILD_MONTHS)
                + jdbc.update(DossierTallySql.REBUILD_IN_PERSON);
        return rows + rebuildUnitRollups();
    }

    /** Recounts the unit rollups (V19) from the detailed tables. */
    private int rebuildUnitRollups() {
        jdbc.update("DELETE FROM dossier_tally_unit");
        jdbc.update("DELETE FROM dossier_tally_unit_month");
        jdbc.update("DELETE FROM dossier_tally_unit_in_person");
        jdbc.update("DELETE FROM dossier_tally_unit_in_person_month");
        return jdbc.update(DossierTallySql.REBUILD_UNIT) + jdbc.update(DossierTallySql.REBUILD_UNIT_MONTHS)
                + jdbc.update(DossierTallySql.REBUILD_UNIT_IN_PERSON)
                + jdbc.update(DossierTallySql.REBUILD_UNIT_IN_PERSON_MONTHS);
    }

    /**
     * A dossier's share of the table, the per-dossier definition of PeriodFiguresService taken apart by day: what
     * {@link TallyColumn} says it adds on each day of its life ({@link TallyEvent}), and its paid-in-person count.
     */
    static void contribute(DossierData d, int sign, Map<Key, long[]> into) {
        for (TallyEvent event : TallyEvent.values()) {
            LocalDate day = event.day(d);
            if (day == null) {
                continue;
            }
            long[] row = null;
            for (TallyColumn c : TallyColumn.values()) {
                for (TallyColumn.Share share : c.shares()) {
                    long v = share.event() == event ? share.of(d) : 0;
                    if (v != 0) {
                        row = row != null ? row : row(into, d, day);
                        row[c.ordinal()] += sign * v;
                    }
                }
            }
        }
        if (TallyColumn.PAID_IN_PERSON.test(d)) {
            LocalDate returned = TallyEvent.later(d.returnedOn(), d.receivedOn());
            into.computeIfAbsent(key(d, TallyEvent.LEFT.day(d), returned), k -> new long[1])[0] += sign;
        }
    }

    private static long[] row(Map<Key, long[]> into, DossierData d, LocalDate day) {
        return into.computeIfAbsent(key(d, day, null), k -> new long[SIZE]);
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
        writeUnitRollups(deltas, months);
    }

    /** The same deltas without field and procedure, to the unit rollups (V19), after the detailed rows. */
    private void writeUnitRollups(Map<Key, long[]> deltas, Map<Key, long[]> months) {
        Map<Key, long[]> unitDays = new HashMap<>();
        Map<Key, long[]> unitMonths = new HashMap<>();
        deltas.forEach((k, v) -> {
            addTo(unitDays, k.ofUnit(), v);
            if (k.returned() != null) {
                // paid in person per (result month, returned month)
                addTo(unitMonths, new Key(k.day().withDayOfMonth(1), k.returned().withDayOfMonth(1), k.unitId(), 0, 0,
                        k.channel()), v);
            }
        });
        months.forEach((k, v) -> addTo(unitMonths, k.ofUnit(), v));
        upsert(unitDays, DossierTallySql.UPSERT_UNIT, DossierTallySql.UPSERT_UNIT_IN_PERSON, false);
        upsert(unitMonths, DossierTallySql.UPSERT_UNIT_MONTH, DossierTallySql.UPSERT_UNIT_IN_PERSON_MONTH, false);
    }

    private static void addTo(Map<Key, long[]> into, Key key, long[] v) {
        long[] sum = into.computeIfAbsent(key, x -> new long[v.length]);
        for (int i = 0; i < v.length; i++) {
            sum[i] += v[i];
        }
    }

    private void upsert(Map<Key, long[]> deltas, String dayStatement) {
        upsert(deltas, dayStatement, DossierTallySql.UPSERT_IN_PERSON, true);
    }

    private void upsert(Map<Key, long[]> deltas, String dayStatement, String inPersonStatement, boolean detail) {
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
                    a.addAll(detail ? List.of(k.unitId(), k.fieldId(), k.procedureId(), k.channel())
                            : List.of(k.unitId(), k.channel()));
                    for (long x : v) {
                        a.add(x);
                    }
                    (k.returned() == null ? days : inPerson).add(a.toArray());
                });
        manyRows(dayStatement, days);
        manyRows(inPersonStatement, inPerson);
    }

    /**
     * {@link #ROWS_PER_STATEMENT} rows per upsert statement: an import touches about three tally rows per dossier,
     * and one statement per row cost the database a statement each.
     */
    private void manyRows(String statement, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            jdbc.update(DossierTallySql.manyRows(statement, chunk.size()),
                    chunk.stream().flatMap(java.util.Arrays::stream).toArray());
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
            write();
        }
    }
}
