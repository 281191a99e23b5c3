package vn.hcc.dashboard.reports;

import java.util.List;

/**
 * What the view's grid shows of a report, so the view renders every report alike: the table (title, header groups,
 * and when {@link #pages()} is {@code null} every row and the total) and, for a report of any number of rows, the
 * pages to fetch as the grid scrolls (the table's rows are then empty).
 */
public record ReportPreview(ReportTable table, Pages pages) {

    /** The rows of a long report, fetched a page at a time, never all at once. */
    public interface Pages {

        long count();

        /** Rows {@code offset .. offset + limit - 1}, in the report's order. */
        List<ReportTable.Row> page(int offset, int limit);
    }

    /** A report held in memory: the grid shows the table's rows and total. */
    public static ReportPreview of(ReportTable table) {
        return new ReportPreview(table, null);
    }

    /** A report of any number of rows: the header, and the rows paged. */
    public static ReportPreview paged(ReportTable header, Pages pages) {
        return new ReportPreview(header, pages);
    }
}
