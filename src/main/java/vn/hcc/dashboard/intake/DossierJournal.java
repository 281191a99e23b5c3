package vn.hcc.dashboard.intake;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.security.CurrentUser;

/**
 * Writes a dossier's history ({@code dossier_history}) for {@link DossierService}, in its transaction: one row per
 * followed field that a write changed (status, due day, result, return, end, new due day and reason of the apology
 * letter, handler), by the signed-in user, now. The rows go many per statement, as the dossiers of an import do
 * ({@link DossierInserts}); the new dossiers of an import get one "IMPORTED" row each by one INSERT ... SELECT per
 * chunk of codes, so 100.000 rows stay a few statements per batch.
 */
@Component
class DossierJournal {

    /** The fields the timeline tells of, with how each reads as text. */
    private static final List<Followed> FOLLOWED = List.of(
            new Followed("status", d -> d.status() == null ? null : d.status().name()),
            new Followed("dueOn", DossierData::dueOn),
            new Followed("resultOn", DossierData::resultOn),
            new Followed("returnedOn", DossierData::returnedOn),
            new Followed("endedOn", DossierData::endedOn),
            new Followed("newDueOn", DossierData::newDueOn),
            new Followed("apologyReason", DossierData::apologyReason),
            new Followed("handler", DossierData::handler));
    private static final String INSERT = "INSERT INTO dossier_history (dossier_id, changed_at, changed_by, action,"
            + " field, value_before, value_after) VALUES ";
    private static final String ROW = "(?, ?, ?, ?, ?, ?, ?)";

    private record Followed(String name, Function<DossierData, Object> value) {
        String of(DossierData d) {
            Object v = d == null ? null : value.apply(d);
            return v == null ? null : truncated(v.toString());
        }
    }

    /** A row to write. */
    record Row(long dossierId, String action, String field, String before, String after) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String zone;

    DossierJournal(JdbcTemplate jdbc, CurrentUser currentUser, Clock clock,
            @Value("${spring.jpa.properties.hibernate.jdbc.time_zone:}") String zone) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = zone;
    }

    /** The rows of one write from {@code before} (null: new) to {@code after}; one bare row when none changed. */
    static List<Row> rows(long dossierId, String action, DossierData before, DossierData after) {
        List<Row> rows = new ArrayList<>();
        for (Followed f : FOLLOWED) {
            String was = f.of(before);
            String is = f.of(after);
            if (!Objects.equals(was, is)) {
                rows.add(new Row(dossierId, action, f.name(), was, is));
            }
        }
        if (rows.isEmpty()) {
            rows.add(new Row(dossierId, action, null, null, null));
        }
        return rows;
    }

    /** A dossier recorded at the counter, with the ticket the citizen held (null: none). */
    void recorded(long dossierId, DossierData d, Long ticketId) {
        List<Row> rows = new ArrayList<>(rows(dossierId, "RECORDED", null, d));
        if (ticketId != null) {
            rows.add(new Row(dossierId, "RECORDED", "ticket", null, ticketId.toString()));
        }
        write(rows);
    }

    void changed(long dossierId, String action, DossierData before, DossierData after) {
        write(rows(dossierId, action, before, after));
    }

    /** One "IMPORTED" row (its status) per dossier of {@code codes}, already inserted in this transaction. */
    void imported(List<String> codes) {
        Calendar calendar = calendar();
        Timestamp now = Timestamp.valueOf(now());
        String by = by();
        for (int from = 0; from < codes.size(); from += DossierInserts.ROWS) {
            List<String> chunk = codes.subList(from, Math.min(codes.size(), from + DossierInserts.ROWS));
            String sql = "INSERT INTO dossier_history (dossier_id, changed_at, changed_by, action, field, value_before,"
                    + " value_after) SELECT id, ?, ?, 'IMPORTED', 'status', NULL, status FROM dossier WHERE code IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
            jdbc.update(sql, ps -> {
                timestamp(ps, 1, now, calendar);
                ps.setString(2, by);
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(3 + i, chunk.get(i));
                }
            });
        }
    }

    /** Many rows, many per statement. */
    void write(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Calendar calendar = calendar();
        Timestamp now = Timestamp.valueOf(now());
        String by = by();
        for (int from = 0; from < rows.size(); from += DossierInserts.ROWS) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + DossierInserts.ROWS));
            jdbc.update(INSERT + String.join(", ", Collections.nCopies(chunk.size(), ROW)), ps -> {
                for (int i = 0; i < chunk.size(); i++) {
                    Row r = chunk.get(i);
                    int at = i * 7;
                    ps.setLong(at + 1, r.dossierId());
                    timestamp(ps, at + 2, now, calendar);
                    ps.setString(at + 3, by);
                    ps.setString(at + 4, r.action());
                    ps.setString(at + 5, r.field());
                    ps.setString(at + 6, r.before());
                    ps.setString(at + 7, r.after());
                }
            });
        }
    }

    private String by() {
        return currentUser.username().orElse("system");
    }

    /** To the microsecond, what DATETIME(6) keeps, so that a row reads back as written. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** Bound as Hibernate binds times (the JDBC time zone), so the entity reads back the same time. */
    private Calendar calendar() {
        return zone.isBlank() ? null : Calendar.getInstance(TimeZone.getTimeZone(zone));
    }

    private static void timestamp(PreparedStatement ps, int i, Timestamp t, Calendar calendar) throws SQLException {
        if (calendar == null) {
            ps.setTimestamp(i, t);
        } else {
            ps.setTimestamp(i, t, calendar);
        }
    }

    private static String truncated(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
