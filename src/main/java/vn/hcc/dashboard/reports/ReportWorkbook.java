package vn.hcc.dashboard.reports;

import java.io.IOException;
import java.io.OutputStream;
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
 * total row of SUM formulas (so an edited cell still adds up in Excel). Streams with SXSSF.
 */
public final class ReportWorkbook {

    private static final String NUMBER = "#,##0";

    private ReportWorkbook() {
    }

    public static void write(ReportTable table, String sheetName, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Styles st = new Styles(wb);
            Sheet sheet = wb.createSheet(sheetName);
            int width = 2 + table.valueColumns();
            int r = 0;
            r = merged(sheet, r, width, table.title(), st.title);
            for (String line : table.subtitles()) {
                r = merged(sheet, r, width, line, st.subtitle);
            }
            r++;
            int headerTop = r;
            header(sheet, table, headerTop, width, st);
            int first = headerTop + 2;
            r = first;
            int stt = 1;
            for (ReportTable.Row row : table.rows()) {
                Row x = sheet.createRow(r++);
                Cell n = x.createCell(0);
                n.setCellValue(stt++);
                n.setCellStyle(st.center);
                text(x.createCell(1), row.label(), st);
                for (int c = 0; c < row.values().size(); c++) {
                    Cell v = x.createCell(2 + c);
                    v.setCellValue(row.values().get(c));
                    v.setCellStyle(st.number);
                }
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellStyle(st.totalLabel);
            Cell label = total.createCell(1);
            label.setCellValue(table.total().label());
            label.setCellStyle(st.totalLabel);
            for (int c = 0; c < table.valueColumns(); c++) {
                Cell v = total.createCell(2 + c);
                if (table.rows().isEmpty()) {
                    v.setCellValue(0);
                } else {
                    String col = CellReference.convertNumToColString(2 + c);
                    v.setCellFormula("SUM(" + col + (first + 1) + ":" + col + r + ")");
                }
                v.setCellStyle(st.totalNumber);
            }
            layout(sheet, width, headerTop, first);
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    /** User-entered names go in as string cells; a leading formula character also gets the quote prefix. */
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
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        return r + 1;
    }

    private static void layout(Sheet sheet, int width, int headerTop, int firstDataRow) {
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 36 * 256);
        for (int c = 2; c < width; c++) {
            sheet.setColumnWidth(c, 12 * 256);
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
        final CellStyle totalLabel;
        final CellStyle totalNumber;

        Styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            short numberFormat = wb.createDataFormat().getFormat(NUMBER);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setWrapText(true);
            subtitle = wb.createCellStyle();
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(wb);
            text.setWrapText(true);
            quoted = bordered(wb);
            quoted.setWrapText(true);
            quoted.setQuotePrefixed(true);
            center = bordered(wb);
            center.setAlignment(HorizontalAlignment.CENTER);
            number = bordered(wb);
            number.setDataFormat(numberFormat);
            totalLabel = bordered(wb);
            totalLabel.setFont(bold);
            totalNumber = bordered(wb);
            totalNumber.setFont(bold);
            totalNumber.setDataFormat(numberFormat);
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
