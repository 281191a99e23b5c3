package vn.hcc.dashboard.reports;

import java.util.List;

/**
 * A report as both the grid and the workbook show it: a title block, a two-level header (a group with no columns is
 * one column spanning both header rows), one row per field or unit and the total row taken from the period figures.
 */
public record ReportTable(ReportKind kind, String title, List<String> subtitles, String labelHeader,
        List<Group> groups, List<Row> rows, Row total) {

    public record Group(String label, List<String> columns) {

        public int width() {
            return columns.isEmpty() ? 1 : columns.size();
        }
    }

    public record Row(String label, List<Long> values) {
    }

    /** The number of value columns, after STT and the label column. */
    public int valueColumns() {
        return groups.stream().mapToInt(Group::width).sum();
    }
}
