package vn.hcc.dashboard.reports;

import java.util.List;

/**
 * A report as both the grid and the workbook show it: a title block, a two-level header (a group with no columns is
 * one column spanning both header rows), one row per field, unit, procedure… and an optional total row
 * ({@code null}: none). The workbook writes the total's counts as SUM formulas over the rows, so the total's counts
 * must be the sums of the rows; its rates and texts are written as given.
 */
public record ReportTable(String title, List<String> subtitles, String labelHeader, List<Group> groups,
        List<Row> rows, Row total) {

    public record Group(String label, List<String> columns) {

        public int width() {
            return columns.isEmpty() ? 1 : columns.size();
        }
    }

    public record Row(String label, List<ReportValue> values) {

        /** A row of counts only, as the dossier forms have. */
        public static Row counts(String label, List<Long> counts) {
            return new Row(label, counts.stream().<ReportValue>map(ReportValue::count).toList());
        }

        /** The counts of the row, {@code null} where a cell is not a count. */
        public List<Long> countValues() {
            return values.stream().map(v -> v instanceof ReportValue.Count c ? c.value() : null).toList();
        }
    }

    /** The number of value columns, after STT and the label column. */
    public int valueColumns() {
        return groups.stream().mapToInt(Group::width).sum();
    }
}
