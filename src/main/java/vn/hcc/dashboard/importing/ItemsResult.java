package vn.hcc.dashboard.importing;

import java.util.List;

/** What saving a request's items did; with errors nothing was written. */
public record ItemsResult(long created, long updated, long unchanged, List<ItemError> errors) {

    public ItemsResult {
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
