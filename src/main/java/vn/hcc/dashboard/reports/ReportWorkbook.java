package vn.hcc.dashboard.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link ReportTable} as the printed form looks: the official heading and signature block (when a
 * {@link ReportHeading} is given), the title block, merged two-level header, bordered rows and a total row whose
 * counts are SUM formulas stored with their values (an edited cell still adds up in Excel, and a reader that does
 * not recalculate shows the right total). Prints on A4, landscape when wide, with repeated header rows. Streams with
 * SXSSF: only a window of rows stays in memory, so {@link #writeRows} takes any number of rows from a producer.
 */
public final class ReportWorkbook {

    /** Excel's last row index; a longer list continues on another sheet with the same header. */
    static final int MAX_ROW = SheetWriter.MAX_ROW;

    private ReportWorkbook() {
    }

    /** The table alone, without heading and signature block; returns the number of rows written. */
    public static long write(ReportTable table, String sheetName, OutputStream out) throws IOException {
        return write(table, null, sheetName, out);
    }

    public static long write(ReportTable table, ReportHeading heading, String sheetName, OutputStream out)
            throws IOException {
        return writeRows(table, heading, sheetName, sink -> table.rows().forEach(sink), out);
    }

    public static long writeRows(ReportTable table, String sheetName, Consumer<Consumer<ReportTable.Row>> producer,
            OutputStream out) throws IOException {
        return writeRows(table, null, sheetName, producer, out);
    }

    /**
     * The table's heading, title block, header and total (if any) with the rows the producer hands to its sink, one
     * at a time. The total's SUM formulas cover whatever rows were written. Returns the number of rows (without
     * header and total).
     */
    public static long writeRows(ReportTable table, ReportHeading heading, String sheetName,
            Consumer<Consumer<ReportTable.Row>> producer, OutputStream out) throws IOException {
        // plain temp files (gzip would cost about a third of the export's time; the .xlsx itself is zipped anyway)
        // and a lean row writer, see StreamingWorkbook
        SXSSFWorkbook wb = new StreamingWorkbook(200);
        try {
            SheetWriter w = new SheetWriter(wb, table, heading, sheetName);
            long[] rows = {0};
            producer.accept(row -> {
                w.row(row);
                rows[0]++;
            });
            w.finish();
            wb.write(out);
            return rows[0];
        } finally {
            wb.close();
            wb.dispose();
        }
    }
}
