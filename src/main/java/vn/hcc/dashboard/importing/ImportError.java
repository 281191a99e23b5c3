package vn.hcc.dashboard.importing;

import java.util.Arrays;
import java.util.List;

/**
 * One reason a file cannot be imported: the row as Excel numbers it (the header is row 1), the column header, the
 * value found (as text, may be null) and the translation key with its arguments.
 */
public record ImportError(long row, String column, String value, String messageKey, List<String> args) {

    public ImportError {
        args = List.copyOf(args);
    }

    static ImportError of(long row, String column, String value, String messageKey, Object... args) {
        return new ImportError(row, column, value, messageKey,
                Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The arguments for {@code getTranslation(messageKey, args)}. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
