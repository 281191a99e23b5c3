package vn.hcc.dashboard;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The H2 test database as its context left it after start-up (Flyway and the demo data), copied table by table into
 * a schema of its own and copied back by {@link #restore}, identities included: the next test class finds the same
 * rows and the same next ids as in a freshly started context, without starting one. Only data is copied, so a
 * restore costs a few milliseconds; the schema is Flyway's and no test changes it. Other databases (the MariaDB
 * profile) get no snapshot: {@link #take} returns empty.
 */
final class DatabaseSnapshot {

    private static final String SCHEMA = "test_snapshot";
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** A table's copied columns (quoted, generated ones left out) and, for an identity column, its next value. */
    private record Table(String name, String columns, String identity, long nextIdentity) {
    }

    private final DataSource dataSource;
    private final List<Table> tables;

    private DatabaseSnapshot(DataSource dataSource, List<Table> tables) {
        this.dataSource = dataSource;
        this.tables = tables;
    }

    static Optional<DatabaseSnapshot> take(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
                return Optional.empty();
            }
            List<Table> tables = tables(s);
            s.execute("CREATE SCHEMA " + SCHEMA);
            for (Table t : tables) {
                s.execute("CREATE TABLE " + SCHEMA + "." + quote(t.name()) + " AS SELECT " + t.columns()
                        + " FROM " + quote(t.name()));
            }
            return Optional.of(new DatabaseSnapshot(dataSource, tables));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the test database snapshot", e);
        }
    }

    /** Every table's rows and identity as in the snapshot; foreign keys are checked again once all are back. */
    void restore() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            try {
                for (Table t : tables) {
                    String table = quote(t.name());
                    s.execute("TRUNCATE TABLE " + table);
                    s.execute("INSERT INTO " + table + " (" + t.columns() + ") SELECT " + t.columns() + " FROM "
                            + SCHEMA + "." + table);
                    if (t.identity() != null) {
                        s.execute("ALTER TABLE " + table + " ALTER COLUMN " + quote(t.identity()) + " RESTART WITH "
                                + t.nextIdentity());
                    }
                }
            } finally {
                s.execute("SET REFERENTIAL_INTEGRITY TRUE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not restore the test database snapshot", e);
        }
    }

    private static List<Table> tables(Statement s) throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String> identity = new LinkedHashMap<>();
        Map<String, Long> next = new LinkedHashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT c.table_name, c.column_name, c.is_identity, c.identity_base,"
                + " c.is_generated FROM information_schema.columns c JOIN information_schema.tables t"
                + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
                + " WHERE c.table_schema = SCHEMA() AND t.table_type = 'BASE TABLE'"
                + " ORDER BY c.table_name, c.ordinal_position")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (table.equalsIgnoreCase(FLYWAY_HISTORY)) {
                    continue;
                }
                List<String> list = columns.computeIfAbsent(table, k -> new ArrayList<>());
                if (!"ALWAYS".equals(rs.getString(5))) {
                    list.add(quote(rs.getString(2)));
                }
                if ("YES".equals(rs.getString(3))) {
                    identity.put(table, rs.getString(2));
                    next.put(table, rs.getLong(4));
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        columns.forEach((table, cols) -> tables.add(new Table(table, String.join(", ", cols), identity.get(table),
                next.getOrDefault(table, 0L))));
        return tables;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
