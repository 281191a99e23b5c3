package vn.hcc.dashboard.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Streams the rows of an import file one at a time, so that a file of any length needs the memory of one row.
 * Empty rows are skipped; row numbers are those the user sees in Excel (the first row is 1).
 */
interface RowReader {

    /** Receives each non-empty row; a cell is a String, Double, LocalDateTime, Boolean or null. */
    @FunctionalInterface
    interface RowSink {
        void row(long number, List<Object> cells);
    }

    void read(Path file, RowSink sink) throws IOException;

    /** The reader for the file's type, told by its name as the user's browser sent it. */
    static Optional<RowReader> forFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".xlsx")) {
            return Optional.of(new XlsxRowReader());
        }
        if (name.endsWith(".csv")) {
            return Optional.of(new CsvRowReader());
        }
        return Optional.empty();
    }

    static boolean isBlank(List<Object> cells) {
        for (Object cell : cells) {
            if (cell != null && !(cell instanceof String s && s.isBlank())) {
                return false;
            }
        }
        return true;
    }
}
