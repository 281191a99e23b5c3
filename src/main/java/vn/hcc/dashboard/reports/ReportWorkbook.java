package vn.hcc.dashboard.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link ReportTable} as the printed form looks: title block, merged two-level header, bordered rows and a
 * total row whose counts are SUM formulas (so an edited cell still adds up in Excel). Streams with SXSSF: only a
 * window of rows stays in memory, so {@link #writeRows} takes any number of rows from a producer.
 */
public final class ReportWorkbook {

    private static final String NUMBER = "#,##0";
    /** Excel's own percent format: Vietnamese Excel shows 0.9975 as 99,75%, as the seeds print rates. */
    static final String PERCENT = "0.00%";
    private static final String DATE = "dd/mm/yyyy";
    /** Excel's last row index; a longer list continues on another sheet with the same header. */
    static final int MAX_ROW = 1_048_575;

    private ReportWorkbook() {
    }

    public static void write(ReportTable table, String sheetName, OutputStream out) throws IOException {
        writeRows(table, sheetName, sink -> table.rows().forEach(sink), out);
    }

    /**
     * The table's title block, header and total (if any) with the rows the producer hands to its sink, one at a
     * time. The total's SUM formulas cover whatever rows were written.
     */
    public static void writeRows(ReportTable table, String sheetName, Consumer<Consumer<ReportTable.Row>> producer,
            OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        // plain temp files: gzip would cost about a third of the export's time; the .xlsx itself is zipped anyway
        wb.setCompressTempFiles(false);
        try {
            Styles st = new Styles(wb);
            Writer w = new Writer(wb, st, table, sheetName);
            producer.accept(w::row);
            w.total();
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    /** Writes rows one by one, starting a continuation sheet when Excel's row limit is reached. */
    private static final class Writer {
        private final SXSSFWorkbook wb;
        private final Styles st;
        private final ReportTable table;
        private final String sheetName;
        private Sheet sheet;
        private int first;
        private int r;
        private long stt = 1;
        private int sheets;

        Writer(SXSSFWorkbook wb, Styles st, ReportTable table, String sheetName) {
            this.wb = wb;
            this.st = st;
            this.table = table;
            this.sheetName = sheetName;
            newSheet();
        }

        private void newSheet() {
            sheets++;
            sheet = wb.createSheet(sheets == 1 ? sheetName : sheetName + " (" + sheets + ")");
            int width = 2 + table.valueColumns();
            r = 0;
            r = merged(sheet, r, width, table.title(), st.title);
            for (String line : table.subtitles()) {
                r = merged(sheet, r, width, line, st.subtitle);
            }
            r++;
            int headerTop = r;
            header(sheet, table, headerTop, width, st);
            first = headerTop + 2;
            r = first;
            layout(sheet, width, headerTop, first);
        }

        void row(ReportTable.Row row) {
            if (r > MAX_ROW - 1) {
                newSheet();
            }
            Row x = sheet.createRow(r++);
            Cell n = x.createCell(0);
            n.setCellValue(stt++);
            n.setCellStyle(st.center);
            text(x.createCell(1), row.label(), st);
            for (int c = 0; c < row.values().size(); c++) {
                value(x.createCell(2 + c), row.values().get(c), false);
            }
        }

        void total() {
            ReportTable.Row t = table.total();
            if (t == null) {
                return;
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellStyle(st.totalLabel);
            Cell label = total.createCell(1);
            label.setCellValue(t.label());
            label.setCellStyle(st.totalLabel);
            for (int c = 0; c < t.values().size(); c++) {
                Cell v = total.createCell(2 + c);
                if (t.values().get(c) instanceof ReportValue.Count && r > first) {
                    String col = CellReference.convertNumToColString(2 + c);
                    v.setCellFormula("SUM(" + col + (first + 1) + ":" + col + r + ")");
                    v.setCellStyle(st.totalNumber);
                } else {
                    value(v, t.values().get(c), true);
                }
            }
        }

        private void value(Cell cell, ReportValue value, boolean bold) {
            switch (value) {
                case ReportValue.Count c -> {
                    cell.setCellValue(c.value());
                    cell.setCellStyle(bold ? st.totalNumber : st.number);
                }
                case ReportValue.Percent rate -> {
                    BigDecimal percent = rate.percent();
                    if (percent == null) {
                        cell.setCellValue(rate.formatted());
                        cell.setCellStyle(st.center);
                    } else {
                        // the KPI's cut percent, as a fraction for Excel's percent format: 99.75 -> 0.9975
                        cell.setCellValue(percent.movePointLeft(2).doubleValue());
                        cell.setCellStyle(bold ? st.totalPercent : st.percent);
                    }
                }
                case ReportValue.Day d -> {
                    if (d.value() != null) {
                        cell.setCellValue(d.value());
                    }
                    cell.setCellStyle(st.date);
                }
                case ReportValue.Text t -> text(cell, t.value(), st);
            }
        }
    }

    /** User-entered text goes in as a string cell; a leading formula character also gets the quote prefix. */
    private static void text(Cell cell, String value, Styles st) {
        cell.setCellValue(value);
        boolean looksLikeFormula = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
        cell.setCellStyle(looksLikeFormula ? st.quoted : st.text);
    }

    private static void header(Sheet sheet, ReportTable table, int top, int width, Styles st) {
        Row upper = sheet.createRow(top);
        Row lower = sheet.createRow(top + 1);
        upper.setHeightInPoints(45);
        lower.setHeightInPoints(45);
        for (int c = 0; c < width; c++) {
            upper.createCell(c).setCellStyle(st.header);
            lower.createCell(c).setCellStyle(st.header);
        }
        upper.getCell(0).setCellValue("STT");
        sheet.addMergedRegion(new CellRangeAddress(top, top + 1, 0, 0));
        upper.getCell(1).setCellValue(table.labelHeader());
        sheet.addMergedRegion(new CellRangeAddress(top, top + 1, 1, 1));
        int c = 2;
        for (ReportTable.Group g : table.groups()) {
            upper.getCell(c).setCellValue(g.label());
            if (g.columns().isEmpty()) {
                sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
            } else {
                if (g.width() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(top, top, c, c + g.width() - 1));
                }
                for (int i = 0; i < g.columns().size(); i++) {
                    lower.getCell(c + i).setCellValue(g.columns().get(i));
                }
            }
            c += g.width();
        }
    }

    private static int merged(Sheet sheet, int r, int width, String text, CellStyle style) {
        Cell cell = sheet.createRow(r).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        }
        return r + 1;
    }

    private static void layout(Sheet sheet, int width, int headerTop, int firstDataRow) {
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 36 * 256);
        for (int c = 2; c < width; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
        sheet.createFreezePane(2, firstDataRow);
        sheet.setRepeatingRows(new CellRangeAddress(headerTop, headerTop + 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle text;
        final CellStyle quoted;
        final CellStyle center;
        final CellStyle number;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle totalLabel;
        final CellStyle totalNumber;
        final CellStyle totalPercent;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            var formats = wb.createDataFormat();
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setWrapText(true);
            subtitle = wb.createCellStyle();
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(wb);
            text.setWrapText(true);
            quoted = bordered(wb);
            quoted.setWrapText(true);
            quoted.setQuotePrefixed(true);
            center = bordered(wb);
            center.setAlignment(HorizontalAlignment.CENTER);
            number = bordered(wb);
            number.setDataFormat(formats.getFormat(NUMBER));
            percent = bordered(wb);
            percent.setDataFormat(formats.getFormat(PERCENT));
            date = bordered(wb);
            date.setDataFormat(formats.getFormat(DATE));
            date.setAlignment(HorizontalAlignment.CENTER);
            totalLabel = bordered(wb);
            totalLabel.setFont(bold);
            totalNumber = bordered(wb);
            totalNumber.setFont(bold);
            totalNumber.setDataFormat(formats.getFormat(NUMBER));
            totalPercent = bordered(wb);
            totalPercent.setFont(bold);
            totalPercent.setDataFormat(formats.getFormat(PERCENT));
        }

        private static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }
}
