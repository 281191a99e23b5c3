package vn.hcc.dashboard.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import vn.hcc.dashboard.intake.DossierData;

/**
 * Pass 1 of an import: reads the header row, then checks every data row without writing anything, collecting every
 * error (up to {@link DossierImportService#MAX_ERRORS}, counting all) and every dossier code seen, so that a code
 * appearing twice in the file is reported at its second row. Only the codes are kept, never the rows.
 */
final class ImportValidation implements RowReader.RowSink {

    private static final int PROGRESS_EVERY = 1_000;

    private final ImportCatalog catalog;
    private final ImportProgress progress;
    private final Predicate<DossierData> allowed;
    private final List<ImportError> errors = new ArrayList<>();
    /** Code in upper case (MariaDB compares codes without case) → the row it first appeared in. */
    private final Map<String, Long> codes = new HashMap<>();
    private boolean headerSeen;
    private ImportHeaders.Match header;
    private DossierRowParser parser;
    private List<String> unknownColumns = List.of();
    private long errorCount;
    private long rows;

    ImportValidation(ImportCatalog catalog, ImportProgress progress) {
        this(catalog, progress, d -> true);
    }

    /** {@code allowed}: whether the caller may write a dossier of this row (an API key scoped to some units). */
    ImportValidation(ImportCatalog catalog, ImportProgress progress, Predicate<DossierData> allowed) {
        this.catalog = catalog;
        this.progress = progress;
        this.allowed = allowed;
    }

    @Override
    public void row(long number, List<Object> cells) {
        if (!headerSeen) {
            headerSeen = true;
            ImportHeaders.Match match = ImportHeaders.match(cells, number);
            unknownColumns = match.unknown();
            match.errors().forEach(this::add);
            if (match.errors().isEmpty()) {
                header = match;
                parser = new DossierRowParser(match, catalog);
            }
            return;
        }
        rows++;
        if (parser != null) {
            DossierData d = parser.parse(number, cells, this::add);
            if (d != null && !allowed.test(d)) {
                add(ImportError.of(number, ImportColumn.UNIT.header(), ImportValues.text(cellOf(cells,
                        ImportColumn.UNIT)), "import.error.unit-not-allowed"));
            }
            String code = d != null ? d.code() : ImportValues.text(cellOf(cells, ImportColumn.CODE));
            if (code != null) {
                Long first = codes.putIfAbsent(code.strip().toUpperCase(Locale.ROOT), number);
                if (first != null) {
                    add(ImportError.of(number, ImportColumn.CODE.header(), code, "import.error.duplicate-code",
                            code, first));
                }
            }
        }
        if (rows % PROGRESS_EVERY == 0) {
            progress.update(1, rows, -1);
        }
    }

    private Object cellOf(List<Object> cells, ImportColumn column) {
        Integer index = header.indexOf(column);
        return index == null || index >= cells.size() ? null : cells.get(index);
    }

    private void add(ImportError error) {
        errorCount++;
        if (errors.size() < DossierImportService.MAX_ERRORS) {
            errors.add(error);
        }
    }

    /** The matched header row, {@code null} when the file had none or it was wrong. */
    ImportHeaders.Match header() {
        return header;
    }

    List<ImportError> errors() {
        if (!headerSeen) {
            return List.of(ImportError.of(1, "", null, "import.error.empty-file"));
        }
        return errors;
    }

    long errorCount() {
        return headerSeen ? errorCount : 1;
    }

    List<String> unknownColumns() {
        return unknownColumns;
    }

    /** Data rows read, the header not counted. */
    long rows() {
        return rows;
    }
}
