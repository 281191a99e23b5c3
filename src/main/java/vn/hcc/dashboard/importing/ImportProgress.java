package vn.hcc.dashboard.importing;

/**
 * Tells the screen how far an import got: pass 1 checks every row, pass 2 writes them; {@code totalRows} is known
 * only in pass 2 (the rows pass 1 counted), else -1. Called from the importing thread.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (pass, rowsRead, totalRows) -> {
    };

    void update(int pass, long rowsRead, long totalRows);
}
