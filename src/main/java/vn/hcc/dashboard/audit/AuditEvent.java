package vn.hcc.dashboard.audit;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One change to tell the trail of: the record (type, id, a human label such as a dossier code or a person's name),
 * the action and the fields that changed. The factories compute the changed fields from two snapshots, each a record
 * (its components, in declaration order) or a {@code Map<String, ?>}; a field whose name holds "password" is left out
 * whatever the caller passes, so no hash can reach the trail, and so are {@code id} and {@code version}.
 */
public record AuditEvent(AuditedType type, Long entityId, String label, AuditAction action,
        Map<String, Change> changes) {

    public AuditEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(action, "action");
        label = label == null ? "" : label;
        changes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** A new record: every field of {@code after} that has a value. */
    public static AuditEvent created(AuditedType type, Long id, String label, Object after) {
        return new AuditEvent(type, id, label, AuditAction.CREATE, diff(null, after));
    }

    /** A changed record: only the fields whose value differs. */
    public static AuditEvent updated(AuditedType type, Long id, String label, Object before, Object after) {
        return new AuditEvent(type, id, label, AuditAction.UPDATE, diff(before, after));
    }

    /** Any other action between two snapshots (a status change, an apology…). */
    public static AuditEvent of(AuditedType type, Long id, String label, AuditAction action, Object before,
            Object after) {
        return new AuditEvent(type, id, label, action, diff(before, after));
    }

    /** A removed record: its last state as "before", so nothing is deleted without trace. */
    public static AuditEvent deleted(AuditedType type, Long id, String label, Object before) {
        return new AuditEvent(type, id, label, AuditAction.DELETE, diff(before, null));
    }

    /** A snapshot as explicit fields: {@code "name", value, "name", value…} in that order; values may be null. */
    public static Map<String, Object> snapshot(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /**
     * The fields whose text differs between the two snapshots ({@code null}: no record, every value absent), in the
     * order of {@code after}'s fields, then those only {@code before} has.
     */
    public static Map<String, Change> diff(Object before, Object after) {
        Map<String, String> old = fields(before);
        Map<String, String> now = fields(after);
        Map<String, Change> changes = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : now.entrySet()) {
            String was = old.get(e.getKey());
            if (!Objects.equals(was, e.getValue())) {
                changes.put(e.getKey(), new Change(was, e.getValue()));
            }
        }
        for (Map.Entry<String, String> e : old.entrySet()) {
            if (!now.containsKey(e.getKey()) && e.getValue() != null) {
                changes.put(e.getKey(), new Change(e.getValue(), null));
            }
        }
        return changes;
    }

    /** A snapshot's fields as text: a record's components or a map's entries, never a password field. */
    static Map<String, String> fields(Object snapshot) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (snapshot == null) {
            return fields;
        }
        if (snapshot instanceof Map<?, ?> map) {
            map.forEach((k, v) -> fields.put(String.valueOf(k), text(v)));
        } else if (snapshot.getClass().isRecord()) {
            for (RecordComponent c : snapshot.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    fields.put(c.getName(), text(c.getAccessor().invoke(snapshot)));
                } catch (ReflectiveOperationException ex) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + snapshot, ex);
                }
            }
        } else {
            throw new IllegalArgumentException("a snapshot is a record or a map, not " + snapshot.getClass());
        }
        fields.keySet().removeIf(k -> k.toLowerCase(java.util.Locale.ROOT).contains("password"));
        // A draft's id is the entry's entity id, and its version (optimistic locking) no change a reader cares about.
        fields.keySet().removeAll(java.util.Set.of("id", "version"));
        return fields;
    }

    /** Sets as sorted lists, so that the same roles in another order are no change; decimals without trailing zeros. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }
}
