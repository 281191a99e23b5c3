package vn.hcc.dashboard.api;

import java.util.Set;

/** A new key as the form holds it: its name, the units it is limited to (none: every unit), read and/or write. */
public record ApiKeyDraft(String name, Set<Long> unitIds, boolean canRead, boolean canWrite) {

    public ApiKeyDraft {
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
    }
}
