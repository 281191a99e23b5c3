package vn.hcc.dashboard.reports;

import java.util.List;

/**
 * Column widths in characters of the default font, decided from the header and the first rows: the STT column,
 * the label column wide enough for a field or unit name, count and rate columns of one size, and text columns (a
 * procedure name, a handler) as wide as their texts up to a limit beyond which they wrap.
 */
final class ColumnWidths {

    private static final int STT = 6;
    private static final int LABEL_MIN = 30;
    private static final int TEXT_MAX = 40;
    private static final int VALUE = 13;

    private ColumnWidths() {
    }

    static int[] of(ReportTable table, List<ReportTable.Row> sample) {
        int[] widths = new int[2 + table.valueColumns()];
        widths[0] = STT;
        int label = 0;
        int[] text = new int[table.valueColumns()];
        for (ReportTable.Row row : sample) {
            label = Math.max(label, row.label().length());
            for (int c = 0; c < row.values().size() && c < text.length; c++) {
                if (row.values().get(c) instanceof ReportValue.Text t) {
                    text[c] = Math.max(text[c], t.value().length());
                }
            }
        }
        if (table.total() != null) {
            label = Math.max(label, table.total().label().length());
        }
        widths[1] = clamp(label + 2, LABEL_MIN, TEXT_MAX + 5);
        for (int c = 0; c < text.length; c++) {
            widths[2 + c] = clamp(text[c] + 2, VALUE, TEXT_MAX);
        }
        return widths;
    }

    /**
     * Where the right half of the heading and of the signature block starts: the first column after about two
     * fifths of the width, as the national heading sits to the right of the issuing body on a printed form.
     */
    static int split(int[] widths) {
        if (widths.length < 3) {
            return 1;
        }
        int all = 0;
        for (int w : widths) {
            all += w;
        }
        int sum = 0;
        for (int k = 0; k < widths.length - 1; k++) {
            sum += widths[k];
            if (k >= 1 && sum >= all * 2 / 5) {
                return k + 1;
            }
        }
        return widths.length - 1;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
