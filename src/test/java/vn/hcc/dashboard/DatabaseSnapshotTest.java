package vn.hcc.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** What the shared contexts rely on between test classes: rows, identities and foreign keys come back as they were. */
class DatabaseSnapshotTest {

    private final DriverManagerDataSource dataSource = new DriverManagerDataSource(
            "jdbc:h2:mem:snapshot-" + UUID.randomUUID() + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE,YEAR;DB_CLOSE_DELAY=-1");
    private final JdbcTemplate jdbc = new JdbcTemplate(dataSource);

    @Test
    void restoresRowsAndNextIdsAndChecksForeignKeysAgain() {
        jdbc.execute("CREATE TABLE flyway_schema_history (version VARCHAR(10))");
        jdbc.execute("INSERT INTO flyway_schema_history VALUES ('1')");
        jdbc.execute("CREATE TABLE parent (id BIGINT AUTO_INCREMENT PRIMARY KEY, year INT, value VARCHAR(20),"
                + " doubled INT GENERATED ALWAYS AS (year * 2))");
        jdbc.execute("CREATE TABLE child (id BIGINT AUTO_INCREMENT PRIMARY KEY, parent_id BIGINT NOT NULL,"
                + " CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id))");
        jdbc.execute("INSERT INTO parent (year, value) VALUES (2024, 'a'), (2025, 'b'), (2026, 'c')");
        jdbc.execute("DELETE FROM parent WHERE value = 'c'"); // the next id is 4, not max + 1
        jdbc.execute("INSERT INTO child (parent_id) VALUES (1)");

        DatabaseSnapshot snapshot = DatabaseSnapshot.take(dataSource).orElseThrow();
        jdbc.execute("INSERT INTO parent (year, value) VALUES (2030, 'new')");
        jdbc.execute("UPDATE parent SET value = 'changed' WHERE id = 2");
        jdbc.execute("DELETE FROM child");
        jdbc.execute("DELETE FROM parent WHERE id = 1");
        jdbc.execute("INSERT INTO child (parent_id) VALUES (4)"); // the new parent
        jdbc.execute("INSERT INTO flyway_schema_history VALUES ('2')");
        snapshot.restore();

        assertThat(jdbc.queryForList("SELECT id, year, value, doubled FROM parent ORDER BY id")).containsExactly(
                Map.of("id", 1L, "year", 2024, "value", "a", "doubled", 4048),
                Map.of("id", 2L, "year", 2025, "value", "b", "doubled", 4050));
        assertThat(jdbc.queryForList("SELECT id, parent_id FROM child")).containsExactly(
                Map.of("id", 1L, "parent_id", 1L));
        jdbc.execute("INSERT INTO parent (year, value) VALUES (2027, 'd')");
        jdbc.execute("INSERT INTO child (parent_id) VALUES (2)");
        assertThat(jdbc.queryForList("SELECT id FROM parent WHERE value = 'd'", Long.class)).containsExactly(4L);
        assertThat(jdbc.queryForList("SELECT id FROM child WHERE parent_id = 2", Long.class)).containsExactly(2L);
        assertThatThrownBy(() -> jdbc.execute("INSERT INTO child (parent_id) VALUES (99)"))
                .isInstanceOf(DataIntegrityViolationException.class);
        // Flyway's history is the schema's, which no test changes: left as it is
        assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history", String.class))
                .isEqualTo(List.of("1", "2"));
    }
}
