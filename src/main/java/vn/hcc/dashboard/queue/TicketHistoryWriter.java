package vn.hcc.dashboard.queue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.WorkField;

/**
 * The bulk import behind {@link QueueService#importHistory}: checks every ticket as the counters would have left it,
 * numbers them per field and day in the order of issue, after any tickets already stored for that day.
 */
@Component
class TicketHistoryWriter {

    private record Key(long fieldId, LocalDate day) {
    }

    private final TicketRepository tickets;
    private final NamedParameterJdbcTemplate jdbc;

    TicketHistoryWriter(TicketRepository tickets, NamedParameterJdbcTemplate jdbc) {
        this.tickets = tickets;
        this.jdbc = jdbc;
    }

    int write(List<TicketHistory> batch, LocalDate today, List<ServiceCounter> counters, List<WorkField> fields) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Long, ServiceCounter> counterById = counters.stream()
                .collect(Collectors.toMap(ServiceCounter::getId, Function.identity()));
        Map<Long, String> codes = fields.stream().collect(Collectors.toMap(WorkField::getId, WorkField::getCode));
        batch.forEach(t -> check(t, today, counterById, codes));
        List<TicketHistory> ordered = new ArrayList<>(batch);
        ordered.sort(Comparator.comparing(TicketHistory::issuedAt));
        Map<Key, Integer> last = lastNumbers(Period.of(ordered.getFirst().issuedAt().toLocalDate(),
                ordered.getLast().issuedAt().toLocalDate()));
        List<Ticket> rows = new ArrayList<>(ordered.size());
        for (TicketHistory t : ordered) {
            int seq = last.merge(new Key(t.fieldId(), t.issuedAt().toLocalDate()), 1, Integer::sum);
            rows.add(Ticket.history(TicketNumbers.format(codes.get(t.fieldId()), seq), seq, t));
        }
        tickets.saveAll(rows);
        tickets.flush();
        return rows.size();
    }

    private static void check(TicketHistory t, LocalDate today, Map<Long, ServiceCounter> counters,
            Map<Long, String> codes) {
        if (!codes.containsKey(t.fieldId())) {
            throw new FieldValidationException("field", "queue.error.field-not-served");
        }
        if (t.issuedAt() == null) {
            throw new FieldValidationException("issuedAt", "validation.required");
        }
        if (!t.issuedAt().toLocalDate().isBefore(today)) {
            throw new FieldValidationException("issuedAt", "queue.error.history-not-past");
        }
        if (t.status() == null || !t.status().isFinal()) {
            throw new FieldValidationException("status", "queue.error.history-final");
        }
        ServiceCounter counter = t.counterId() == null ? null : counters.get(t.counterId());
        if (counter == null || !counter.serves(t.fieldId())) {
            throw new FieldValidationException("counter", "queue.error.counter-not-serving");
        }
        if (t.calledAt() == null || t.calledAt().isBefore(t.issuedAt())) {
            throw new FieldValidationException("calledAt", "queue.error.called-before-issued");
        }
        boolean served = t.status() == TicketStatus.SERVED;
        if (served != (t.servedUntil() != null) || (served && t.servedUntil().isBefore(t.calledAt()))) {
            throw new FieldValidationException("servedUntil", "queue.error.served-before-called");
        }
    }

    /** The highest number already given per field and day in the range, so an import never repeats one. */
    private Map<Key, Integer> lastNumbers(Period days) {
        Map<Key, Integer> last = new HashMap<>();
        jdbc.query("""
                SELECT field_id, issued_on, MAX(seq_no) AS last_seq FROM queue_ticket
                WHERE issued_on BETWEEN :from AND :to GROUP BY field_id, issued_on
                """, new MapSqlParameterSource().addValue("from", days.from()).addValue("to", days.to()),
                rs -> {
                    last.put(new Key(rs.getLong("field_id"), rs.getObject("issued_on", LocalDate.class)),
                            rs.getInt("last_seq"));
                });
        return last;
    }
}
