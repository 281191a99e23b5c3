package vn.hcc.dashboard.queue;

import java.util.Set;

/** The counter form: {@code id == null} creates a counter; {@code version} is the one the user loaded. */
public record CounterDraft(Long id, long version, String code, String name, Set<Long> fieldIds, boolean active) {

    public CounterDraft {
        fieldIds = fieldIds == null ? Set.of() : Set.copyOf(fieldIds);
    }
}
