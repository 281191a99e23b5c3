package vn.hcc.dashboard.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The trail as an .xlsx file: one header row, then one row per entry as stored (the time as a date cell, the id as a
 * number, the changes as their JSON text), streamed through SXSSF so any number of entries fits. Written here and not
 * through the report contract: {@code reports} depends on {@code catalog}, which writes to the trail, so a report
 * class in this package would close a package cycle.
 */
final class AuditWorkbook {

    static final List<String> COLUMNS = List.of("at", "actor", "type", "id", "label", "action", "changes");
    private static final int WINDOW = 200;

    private AuditWorkbook() {
    }

    /** {@code text} translates {@code audit.*} keys; {@code entries} feeds every entry to the sink in order. */
    static void write(Function<String, String> text, Consumer<Consumer<AuditEntry>> entries, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            SXSSFSheet sheet = wb.createSheet(text.apply("audit.sheet"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle time = wb.createCellStyle();
            time.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(text.apply("audit.column." + COLUMNS.get(c)));
                header.getCell(c).setCellStyle(bold);
            }
            int[] next = {1};
            entries.accept(e -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(e.getAt());
                row.getCell(0).setCellStyle(time);
                row.createCell(1).setCellValue(e.getActor());
                row.createCell(2).setCellValue(text.apply("audit.type." + e.getType().name()));
                if (e.getEntityId() != null) {
                    row.createCell(3).setCellValue(e.getEntityId());
                }
                row.createCell(4).setCellValue(e.getLabel());
                row.createCell(5).setCellValue(text.apply("audit.action." + e.getAction().name()));
                row.createCell(6).setCellValue(e.changesJson());
            });
            int[] widths = {20, 16, 16, 10, 40, 16, 100};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
        }
    }
}
