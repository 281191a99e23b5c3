package vn.hcc.dashboard.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The diff of two snapshots and the stored JSON: only changed fields, never a password, ids and versions left out. */
class AuditEventTest {

    record Person(Long id, long version, String name, Set<String> roles, BigDecimal rate, String passwordHash) {
    }

    @Test
    void anUpdateKeepsOnlyTheChangedFieldsInTheOrderOfTheRecord() {
        Person before = new Person(1L, 3, "Lan", Set.of("B", "A"), new BigDecimal("60.00"), "$2a$old");
        Person after = new Person(1L, 4, "Lan Anh", Set.of("A", "B"), new BigDecimal("60"), "$2a$new");
        AuditEvent e = AuditEvent.updated(AuditedType.USER, 1L, "lan", before, after);
        assertThat(e.changes()).containsExactly(Map.entry("name", new Change("Lan", "Lan Anh")));
    }

    @Test
    void aCreationHoldsEveryValueAndADeletionTheLastState() {
        Person p = new Person(7L, 0, "Minh", Set.of("ADMIN", "DIRECTOR"), null, "$2a$hash");
        assertThat(AuditEvent.created(AuditedType.USER, 7L, "minh", p).changes()).containsExactly(
                Map.entry("name", new Change(null, "Minh")),
                Map.entry("roles", new Change(null, "ADMIN, DIRECTOR")));
        assertThat(AuditEvent.deleted(AuditedType.USER, 7L, "minh", p).changes()).containsExactly(
                Map.entry("name", new Change("Minh", null)),
                Map.entry("roles", new Change("ADMIN, DIRECTOR", null)));
    }

    @Test
    void aMapSnapshotWorksLikeARecordAndAPasswordKeyNeverPasses() {
        Map<String, Object> before = AuditEvent.snapshot("day", "2025-09-02", "password", "secret");
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("day", "2025-09-01");
        after.put("newPassword", "secret2");
        assertThat(AuditEvent.diff(before, after)).containsExactly(
                Map.entry("day", new Change("2025-09-02", "2025-09-01")));
    }

    @Test
    void theJsonTextReadsBackWhateverTheValuesHold() {
        Map<String, Change> changes = new LinkedHashMap<>();
        changes.put("notes", new Change("a \"quoted\"\nline\\ with\ttab", null));
        changes.put("tên", new Change(null, "Nguyễn Văn A, =SUM(A1)"));
        String json = ChangesJson.write(changes);
        assertThat(json).startsWith("{\"notes\":[\"a \\\"quoted\\\"\\nline\\\\ with\\ttab\",null],");
        assertThat(ChangesJson.read(json)).isEqualTo(changes);
        assertThat(ChangesJson.read(ChangesJson.write(Map.of()))).isEmpty();
        assertThat(List.copyOf(ChangesJson.read(json).keySet())).containsExactly("notes", "tên");
    }
}
