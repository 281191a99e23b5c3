package vn.hcc.dashboard.queue;

import java.time.LocalDate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives the next number of a field's day: 1, 2, 3… and 1 again on the first ticket of a new day. The row of the
 * field in {@code queue_sequence} is updated before it is read, so two kiosks issuing at the same moment wait for
 * each other's lock instead of both reading the same last number. Runs inside the caller's transaction.
 */
@Component
class TicketNumbers {

    private static final String BUMP = """
            UPDATE queue_sequence
            SET last_seq = CASE WHEN issued_on = :day THEN last_seq + 1 ELSE 1 END, issued_on = :day
            WHERE field_id = :field
            """;

    private final NamedParameterJdbcTemplate jdbc;

    TicketNumbers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int next(long fieldId, LocalDate day) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("field", fieldId).addValue("day", day);
        if (jdbc.update(BUMP, p) == 0) {
            try {
                // The field's first ticket ever: the row does not exist yet.
                jdbc.update("INSERT INTO queue_sequence (field_id, issued_on, last_seq) VALUES (:field, :day, 1)", p);
                return 1;
            } catch (DuplicateKeyException raced) {
                // Another kiosk created the row in the meantime; its lock is released, so the update now applies.
                jdbc.update(BUMP, p);
            }
        }
        Integer last = jdbc.queryForObject("SELECT last_seq FROM queue_sequence WHERE field_id = :field", p,
                Integer.class);
        return last == null ? 1 : last;
    }

    /** {@code HT-012}: the field's code and the sequence, at least three digits as the ticket machines print them. */
    static String format(String fieldCode, int sequence) {
        return fieldCode + "-" + String.format("%03d", sequence);
    }
}
