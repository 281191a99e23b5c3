package vn.hcc.dashboard.intake;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inserts new dossiers many rows per statement (an import's batch of new rows): Hibernate cannot batch inserts of
 * entities whose ids the database generates, so persisting them cost a statement and a round trip each. The values are bound as Hibernate
 * binds them (dates and times through the JDBC time zone {@code hibernate.jdbc.time_zone}), so a dossier inserted
 * here reads back exactly as one persisted by JPA.
 * Used only by {@link DossierService}, in its transaction, after the same rules.
 */
@Component
class DossierInserts {

    private static final String INSERT = "INSERT INTO dossier (" + Dossier.COLUMNS.stream()
            .map(DossierInserts::snake).collect(Collectors.joining(", ")) + ", version) VALUES ";
    private static final String ROW = "(" + "?, ".repeat(Dossier.COLUMNS.size()) + "0)";
    /** Rows per INSERT statement: the database parses and runs one statement for all of them. */
    static final int ROWS = 250;

    private final JdbcTemplate jdbc;
    private final String zone;

    DossierInserts(JdbcTemplate jdbc, @Value("${spring.jpa.properties.hibernate.jdbc.time_zone:}") String zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    void insert(List<DossierData> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Calendar calendar = zone.isBlank() ? null : Calendar.getInstance(TimeZone.getTimeZone(zone));
        for (int from = 0; from < rows.size(); from += ROWS) {
            List<DossierData> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS));
            jdbc.update(INSERT + String.join(", ", java.util.Collections.nCopies(chunk.size(), ROW)), ps -> {
                for (int i = 0; i < chunk.size(); i++) {
                    bind(ps, i * Dossier.COLUMNS.size(), chunk.get(i), calendar);
                }
            });
        }
    }

    /** In the order of {@link Dossier#COLUMNS}. */
    private static void bind(PreparedStatement ps, int at, DossierData d, Calendar calendar) throws SQLException {
        ps.setString(at + 1, d.code());
        longOrNull(ps, at + 2, d.procedureId());
        longOrNull(ps, at + 3, d.fieldId());
        longOrNull(ps, at + 4, d.unitId());
        ps.setString(at + 5, d.channel().name());
        ps.setString(at + 6, d.onlineLevel().name());
        Timestamp received = Timestamp.valueOf(d.receivedAt());
        if (calendar == null) {
            ps.setTimestamp(at + 7, received);
        } else {
            ps.setTimestamp(at + 7, received, calendar);
        }
        day(ps, at + 8, d.receivedOn(), calendar);
        day(ps, at + 9, d.dueOn(), calendar);
        day(ps, at + 10, d.resultOn(), calendar);
        day(ps, at + 11, d.returnedOn(), calendar);
        day(ps, at + 12, d.endedOn(), calendar);
        ps.setString(at + 13, d.status().name());
        ps.setLong(at + 14, d.fee());
        ps.setBoolean(at + 15, d.paidOnline());
        ps.setBoolean(at + 16, d.digitizedComponents());
        ps.setBoolean(at + 17, d.digitizedResult());
        ps.setBoolean(at + 18, d.apologySent());
        ps.setString(at + 19, d.apologyReason());
        day(ps, at + 20, d.newDueOn(), calendar);
        ps.setString(at + 21, d.handler());
        booleanOrNull(ps, at + 22, d.componentsStored());
        booleanOrNull(ps, at + 23, d.resultStored());
        booleanOrNull(ps, at + 24, d.reusedData());
    }

    private static void day(PreparedStatement ps, int i, LocalDate day, Calendar calendar) throws SQLException {
        if (day == null) {
            ps.setNull(i, Types.DATE);
        } else if (calendar == null) {
            ps.setDate(i, Date.valueOf(day));
        } else {
            ps.setDate(i, Date.valueOf(day), calendar);
        }
    }

    private static void longOrNull(PreparedStatement ps, int i, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    private static void booleanOrNull(PreparedStatement ps, int i, Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.BOOLEAN);
        } else {
            ps.setBoolean(i, value);
        }
    }

    /** {@code receivedAt} → {@code received_at}: the entity's attribute names follow the table's columns. */
    private static String snake(String attribute) {
        return attribute.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
    }
}
