package vn.hcc.dashboard.importing;

import java.util.List;

/**
 * One reason a dossier API request cannot be saved: the item's index in the request's array (from 0), its field
 * (the import column's API name, {@code null} for the request as a whole) and the translation key with its
 * arguments: the same keys, so the same Vietnamese reasons, as a file import's errors.
 */
public record ItemError(Integer index, String field, String messageKey, List<String> args) {

    public ItemError {
        args = List.copyOf(args);
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
