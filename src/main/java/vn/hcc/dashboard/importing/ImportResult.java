package vn.hcc.dashboard.importing;

import java.util.List;

/**
 * What an import did. With errors nothing was written: {@code errors} holds the first {@value
 * DossierImportService#MAX_ERRORS} of them and {@code errorCount} how many there are in all.
 */
public record ImportResult(long created, long updated, long unchanged, List<String> unknownColumns,
        List<ImportError> errors, long errorCount) {

    public ImportResult {
        unknownColumns = List.copyOf(unknownColumns);
        errors = List.copyOf(errors);
    }

    public boolean succeeded() {
        return errorCount == 0;
    }

    public long rows() {
        return created + updated + unchanged;
    }
}
