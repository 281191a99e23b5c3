package vn.hcc.dashboard.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of a report workbook, created once per file (a workbook holds at most 64,000 styles). */
final class WorkbookStyles {

    private static final String NUMBER = "#,##0";
    /** Excel's own percent format: Vietnamese Excel shows 0.9975 as 99,75%, as the official reports print rates. */
    static final String PERCENT = "0.00%";
    private static final String DATE = "dd/mm/yyyy";

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
    /** The heading and signature block: plain, bold and italic lines, centred, wrapped, no border. */
    final CellStyle plain;
    final CellStyle strong;
    final CellStyle italic;

    WorkbookStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        Font slanted = wb.createFont();
        slanted.setItalic(true);
        var formats = wb.createDataFormat();
        title = unbordered(wb, big);
        subtitle = unbordered(wb, null);
        plain = unbordered(wb, null);
        strong = unbordered(wb, bold);
        italic = unbordered(wb, slanted);
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
        totalLabel.setWrapText(true);
        totalNumber = bordered(wb);
        totalNumber.setFont(bold);
        totalNumber.setDataFormat(formats.getFormat(NUMBER));
        totalPercent = bordered(wb);
        totalPercent.setFont(bold);
        totalPercent.setDataFormat(formats.getFormat(PERCENT));
    }

    private static CellStyle unbordered(Workbook wb, Font font) {
        CellStyle s = wb.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        return s;
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
