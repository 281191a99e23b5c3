package vn.hcc.dashboard.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one report into a workbook, row by row: the official heading (when given), the title block, the merged
 * two-level header, the rows, the total and the signature block. Column widths are decided from the header and the
 * first rows (they are held back until then), every row gets the height its wrapped texts need, and a list longer
 * than Excel's limit continues on another sheet with the same header.
 */
final class SheetWriter {

    /** Excel's last row index. */
    static final int MAX_ROW = 1_048_575;
    /** Rows kept back to decide the column widths from. */
    private static final int SAMPLE = 100;
    /** Rows the total and the signature block need at the end of a sheet. */
    private static final int TRAILER = 8;
    /** A table wider than this (in characters) prints landscape. */
    private static final int PORTRAIT_WIDTH = 110;
    /**
     * Width of an average letter of running text against the digit that column widths count in: in LibreOffice's
     * print of the dossier list a unit's name of 49 letters fills about 86% of a 40-digit column (0.70 a letter);
     * 0.75 keeps a margin.
     */
    private static final double TEXT = 0.75;

    private final SXSSFWorkbook wb;
    private final WorkbookStyles st;
    private final ReportTable table;
    private final ReportHeading heading;
    private final String sheetName;
    private final List<ReportTable.Row> sample = new ArrayList<>();
    private int[] widths;
    private int split;
    private Sheet sheet;
    private int first;
    private int r;
    private long stt = 1;
    private int sheets;
    private long[] sums;

    SheetWriter(SXSSFWorkbook wb, ReportTable table, ReportHeading heading, String sheetName) {
        this.wb = wb;
        this.st = new WorkbookStyles(wb);
        this.table = table;
        this.heading = heading;
        this.sheetName = sheetName;
    }

    void row(ReportTable.Row row) {
        if (widths == null) {
            sample.add(row);
            if (sample.size() == SAMPLE) {
                start();
            }
            return;
        }
        if (r > MAX_ROW - TRAILER) {
            newSheet();
        }
        write(row);
    }

    /** The total and the signature block, after the last row. */
    void finish() {
        if (widths == null) {
            start();
        }
        total();
        signatures();
    }

    private void start() {
        widths = ColumnWidths.of(table, sample);
        split = ColumnWidths.split(widths);
        newSheet();
        sample.forEach(this::write);
        sample.clear();
    }

    private int chars(int from, int to) {
        int sum = 0;
        for (int c = from; c < to; c++) {
            sum += widths[c];
        }
        return sum;
    }

    private void newSheet() {
        sheets++;
        sheet = wb.createSheet(sheets == 1 ? sheetName : sheetName + " (" + sheets + ")");
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sums = new long[table.valueColumns()];
        r = 0;
        if (heading != null && sheets == 1) {
            pair(heading.governingBody(), st.plain, heading.nation(), st.strong);
            pair(heading.issuer(), st.strong, heading.motto(), st.strong);
            pair(heading.number(), st.plain, heading.placeAndDate(), st.italic);
            r++;
        }
        merged(table.title(), st.title, 1.45, 18f);
        for (String line : table.subtitles()) {
            merged(line, st.subtitle, 1.05, TextFit.LINE);
        }
        r++;
        int headerTop = r;
        HeaderWriter.write(sheet, table, headerTop, widths, st.header);
        first = headerTop + 2;
        r = first;
        print(headerTop);
    }

    private void write(ReportTable.Row row) {
        Row x = sheet.createRow(r++);
        Cell n = x.createCell(0);
        n.setCellValue(stt++);
        n.setCellStyle(st.center);
        int lines = TextFit.lines(row.label(), widths[1], TEXT);
        text(x.createCell(1), row.label());
        for (int c = 0; c < row.values().size(); c++) {
            ReportValue v = row.values().get(c);
            value(x.createCell(2 + c), v, false);
            if (v instanceof ReportValue.Count count) {
                sums[c] += count.value();
            } else if (v instanceof ReportValue.Text t) {
                lines = Math.max(lines, TextFit.lines(t.value(), widths[2 + c], TEXT));
            }
        }
        if (lines > 1) {
            x.setHeightInPoints(TextFit.height(lines));
        }
    }

    /** Counts are SUM formulas over the sheet's rows, stored with their value: a reader need not recalculate. */
    private void total() {
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
                v.setCellValue((double) sums[c]);
                v.setCellStyle(st.totalNumber);
            } else {
                value(v, t.values().get(c), true);
            }
        }
        r++;
    }

    private void signatures() {
        if (heading == null) {
            return;
        }
        r++;
        ReportHeading.Signer left = heading.preparer();
        ReportHeading.Signer right = heading.head();
        pair(left.title(), st.strong, right.title(), st.strong);
        pair(left.note(), st.italic, right.note(), st.italic);
        r += 3;
        pair(left.name(), st.strong, right.name(), st.strong);
    }

    /** One line of the heading or signature block: a text over the left columns and one over the right ones. */
    private void pair(String left, CellStyle leftStyle, String right, CellStyle rightStyle) {
        Row row = sheet.createRow(r);
        cell(row, 0, split - 1, left, leftStyle);
        cell(row, split, widths.length - 1, right, rightStyle);
        int lines = Math.max(TextFit.lines(left, chars(0, split), 1.3), TextFit.lines(right,
                chars(split, widths.length), 1.3));
        row.setHeightInPoints(TextFit.height(lines));
        r++;
    }

    private void cell(Row row, int from, int to, String text, CellStyle style) {
        Cell cell = row.createCell(from);
        cell.setCellValue(text == null ? "" : text);
        cell.setCellStyle(style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }

    private void merged(String text, CellStyle style, double scale, float line) {
        Row row = sheet.createRow(r);
        cell(row, 0, widths.length - 1, text, style);
        row.setHeightInPoints(TextFit.lines(text, chars(0, widths.length), scale) * line + 2);
        r++;
    }

    private void print(int headerTop) {
        sheet.createFreezePane(2, first);
        sheet.setRepeatingRows(new CellRangeAddress(headerTop, headerTop + 1, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(chars(0, widths.length) > PORTRAIT_WIDTH);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        if (heading != null) {
            sheet.getFooter().setCenter(heading.pageFooter());
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
            case ReportValue.Text t -> text(cell, t.value());
        }
    }

    /** User-entered text goes in as a string cell; a leading formula character also gets the quote prefix. */
    private void text(Cell cell, String value) {
        cell.setCellValue(value);
        boolean looksLikeFormula = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
        cell.setCellStyle(looksLikeFormula ? st.quoted : st.text);
    }
}
