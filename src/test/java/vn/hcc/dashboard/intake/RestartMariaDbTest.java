package vn.hcc.dashboard.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcc.dashboard.MariaDbTest;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.figures.DatabaseTallies;
import vn.hcc.dashboard.figures.DossierFilter;

/**
 * SIGKILL during a save and during an import leaves nothing half-written (issue 14, "Load and recovery"): the
 * application runs in a JVM of its own ({@link ChildApp}) on a scratch database and is killed while a transaction is
 * open, then the database is checked and the application started again on it.
 * <ol>
 * <li>A stream of saves, one dossier after another. This test holds the lock of the summary row every save must
 * update, from a connection of its own, until the database shows a save waiting on that lock
 * (INNODB_LOCK_WAITS, or the save's statement in the process list): that save is inside its transaction, its
 * dossier and audit entry written but not committed. Then SIGKILL. Afterwards exactly the dossiers the child
 * reported committed exist, each with its audit entry, and the summary equals a full recount.</li>
 * <li>The application starts again on that database: its figures equal the per-dossier definition recomputed from
 * the dossier table ({@link RawPeriodFigures}). It then imports 25.000 rows and is killed once the import's one
 * transaction has written thousands of them: afterwards no row of the file exists, no import was audited and the
 * summary is what it was.</li>
 * </ol>
 * Two application starts in all: the start-up of a JVM is this test's main cost.
 */
@MariaDbTest
class RestartMariaDbTest {

    private static final Duration START_UP = Duration.ofSeconds(240);
    /** How long a save may take to reach the held lock on a loaded machine. */
    private static final Duration LOCK_WAIT_SEEN = Duration.ofSeconds(60);
    private static final int IMPORT_ROWS = 25_000;
    /** Rows the import must have written in its transaction before it is killed (4 batches and more). */
    private static final int IMPORT_WRITTEN = 2_000;
    private static final Pattern PROGRESS = Pattern.compile("PROGRESS 2 (\\d+) \\d+");

    @Test
    void aKilledSaveOrImportLeavesNothingHalfWritten() throws SQLException {
        try (ScratchDatabase db = ScratchDatabase.create("hcc_restart_", "")) {
            // The child's saves wait for the held lock far longer than this test looks for them (default: 50 s).
            String url = db.url() + "?sessionVariables=innodb_lock_wait_timeout=600";
            List<String> admin = List.of("--app.admin.username=" + MariaDbTest.ADMIN,
                    "--app.admin.password=" + MariaDbTest.ADMIN_PASSWORD);
            JdbcTemplate jdbc = db.jdbc();

            // 1. SIGKILL while a save waits inside its transaction
            Set<String> committed;
            String inFlight;
            try (ChildApp saver = ChildApp.start("restart-saves", url, concat(admin, "catalog", "saves"))) {
                saver.awaitLine("the 20th save", START_UP, "SAVED RSAV-20"::equals);
                try (Connection lock = db.server().dataSource(db.name()).getConnection()) {
                    long holder = holdTheSummaryRowOfTheSaves(lock, jdbc);
                    long waiting = awaitASaveWaitingOn(holder, db);
                    List<Long> connections = db.server().connectionsTo(db.name());
                    connections.remove(Long.valueOf(holder));
                    saver.kill();
                    lock.rollback();
                    db.server().awaitGone(db.name(), connections, Duration.ofSeconds(60));
                    // all the child printed has been read: its last line is the save that waited
                    List<String> told = saver.told();
                    inFlight = told.getLast().startsWith("SAVING ") ? told.getLast().substring(7) : null;
                    assertThat(inFlight).as("the save in flight (connection %d waited): %s", waiting,
                            told.subList(Math.max(0, told.size() - 3), told.size())).isNotNull();
                }
                committed = saved(saver.told());
            }
            assertThat(committed).as("saves committed before the kill").hasSizeGreaterThanOrEqualTo(20)
                    .doesNotContain(inFlight);
            assertThat(codes(jdbc, "RSAV-%")).as("the dossiers stored: exactly those reported committed, not %s",
                    inFlight).isEqualTo(committed);
            assertThat(new TreeSet<>(jdbc.queryForList("SELECT a.label FROM audit_entry a JOIN dossier d"
                    + " ON d.id = a.entity_id AND d.code = a.label WHERE a.entity_type = 'DOSSIER'"
                    + " AND a.action = 'CREATE' AND a.label LIKE 'RSAV-%'", String.class)))
                    .as("each stored dossier's audit entry").isEqualTo(committed);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE label LIKE 'RSAV-%'", Long.class))
                    .as("audit entries of saves, one per committed save and none for the one killed")
                    .isEqualTo(committed.size());
            Map<String, Long> tallies = DatabaseTallies.cells(jdbc);
            assertThat(tallies).as("the summary after the kill").isNotEmpty()
                    .isEqualTo(DatabaseTallies.rebuilt(jdbc, db.transactions()));

            // 2. The application starts again on it with the definition's figures; SIGKILL during an import
            Period march = Period.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
            Period year = Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
            RawPeriodFigures definition = new RawPeriodFigures(db.named());
            Long written;
            try (ChildApp importer = ChildApp.start("restart-import", url, List.of("figures:" + march.from() + ":"
                    + march.to(), "figures:" + year.from() + ":" + year.to(), "import:" + IMPORT_ROWS))) {
                for (Period p : List.of(march, year)) {
                    String expected = ChildAppMain.figuresLine(p, "ALL", definition.figures(p.from(), p.to(),
                            DossierFilter.ALL));
                    assertThat(importer.awaitLine("figures of " + p, START_UP,
                            l -> l.startsWith(expected.substring(0, expected.indexOf(' ', 8)))))
                            .as("figures of the restarted application").isEqualTo(expected);
                }
                assertThat(definition.figures(march.from(), march.to(), DossierFilter.ALL).receivedDirect())
                        .isEqualTo(committed.size());
                importer.await(IMPORT_WRITTEN + " rows imported", START_UP, l -> {
                    Matcher m = PROGRESS.matcher(l);
                    return m.matches() && Long.parseLong(m.group(1)) >= IMPORT_WRITTEN ? l : null;
                });
                List<Long> connections = db.server().connectionsTo(db.name());
                written = jdbc.queryForObject("SELECT MAX(trx_rows_modified) FROM information_schema.innodb_trx"
                        + " WHERE trx_mysql_thread_id IN (" + join(connections) + ")", Long.class);
                assertThat(importer.told()).as("the import still runs").noneMatch(l -> l.startsWith("IMPORTED"));
                importer.kill();
                db.server().awaitGone(db.name(), connections, Duration.ofSeconds(60));
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dossier WHERE code LIKE 'RIMP-%'", Long.class))
                    .as("dossiers of the killed import").isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'IMPORT'", Long.class))
                    .as("audited imports").isZero();
            assertThat(DatabaseTallies.cells(jdbc)).as("the summary after the killed import").isEqualTo(tallies);
            assertThat(written).as("rows the import's transaction had written, uncommitted, when it was killed")
                    .isNotNull().isGreaterThanOrEqualTo(IMPORT_WRITTEN);
        }
    }

    /**
     * Locks, in a transaction of {@code lock}, the monthly summary row every save adds to; returns the connection's
     * id. Its day rows come first in a save's key order, so the save holds those and waits here: no deadlock.
     */
    private static long holdTheSummaryRowOfTheSaves(Connection lock, JdbcTemplate jdbc) throws SQLException {
        lock.setAutoCommit(false);
        try (Statement s = lock.createStatement()) {
            s.execute("SET SESSION innodb_lock_wait_timeout = 120");
        }
        Map<String, Object> row = jdbc.queryForMap("SELECT p.unit_id, p.field_id, p.id FROM admin_procedure p"
                + " WHERE p.code = ?", ChildAppMain.PROCEDURE);
        try (PreparedStatement s = lock.prepareStatement("SELECT * FROM dossier_tally_month WHERE month_start = ?"
                + " AND unit_id = ? AND field_id = ? AND procedure_id = ? AND channel = 'IN_PERSON' FOR UPDATE")) {
            s.setObject(1, ChildAppMain.SAVE_DAY.withDayOfMonth(1));
            s.setObject(2, row.get("unit_id"));
            s.setObject(3, row.get("field_id"));
            s.setObject(4, row.get("id"));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the saves' monthly summary row").isTrue();
            }
        }
        try (Statement s = lock.createStatement(); ResultSet rs = s.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Polls until a connection waits for a lock {@code holder} holds (INNODB_LOCK_WAITS), or runs a statement on the
     * held table while it is held (the process list; the statement cannot finish before the lock is released); returns
     * that connection's id.
     */
    private static long awaitASaveWaitingOn(long holder, ScratchDatabase db) {
        JdbcTemplate jdbc = db.jdbc();
        long deadline = System.nanoTime() + LOCK_WAIT_SEEN.toNanos();
        while (true) {
            List<Long> waiting = jdbc.queryForList("SELECT r.trx_mysql_thread_id"
                    + " FROM information_schema.innodb_lock_waits w"
                    + " JOIN information_schema.innodb_trx r ON r.trx_id = w.requesting_trx_id"
                    + " JOIN information_schema.innodb_trx b ON b.trx_id = w.blocking_trx_id"
                    + " WHERE b.trx_mysql_thread_id = ?", Long.class, holder);
            if (waiting.isEmpty()) {
                waiting = jdbc.queryForList("SELECT id FROM information_schema.processlist WHERE db = ? AND id <> ?"
                        + " AND info LIKE 'INSERT INTO dossier\\_tally\\_month%'", Long.class, db.name(), holder);
            }
            if (!waiting.isEmpty()) {
                return waiting.getFirst();
            }
            if (System.nanoTime() > deadline) {
                fail("no save waited on the held summary row within %s; transactions: %s", LOCK_WAIT_SEEN,
                        jdbc.queryForList("SELECT trx_mysql_thread_id, trx_state, trx_query"
                                + " FROM information_schema.innodb_trx"));
            }
            ScratchDatabase.pause(100);
        }
    }

    private static Set<String> saved(List<String> told) {
        Set<String> codes = new TreeSet<>();
        told.stream().filter(l -> l.startsWith("SAVED ")).forEach(l -> codes.add(l.substring(6)));
        return codes;
    }

    private static Set<String> codes(JdbcTemplate jdbc, String like) {
        return new TreeSet<>(jdbc.queryForList("SELECT code FROM dossier WHERE code LIKE ?", String.class, like));
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static String join(List<Long> ids) {
        return ids.isEmpty() ? "-1" : String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}
