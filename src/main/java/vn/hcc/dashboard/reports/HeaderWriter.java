package vn.hcc.dashboard.reports;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The form's two-level header: STT and the label column span both rows, a group with columns is merged over them,
 * a group without columns spans both rows. Both rows are as high as their wrapped bold labels need.
 */
final class HeaderWriter {

    private static final double BOLD = 1.0;

    private HeaderWriter() {
    }

    static void write(Sheet sheet, ReportTable table, int top, int[] widths, CellStyle style) {
        Row upper = sheet.createRow(top);
        Row lower = sheet.createRow(top + 1);
        for (int c = 0; c < widths.length; c++) {
            upper.createCell(c).setCellStyle(style);
            lower.createCell(c).setCellStyle(style);
        }
        upper.getCell(0).setCellValue("STT");
        sheet.addMergedRegion(new CellRangeAddress(top, top + 1, 0, 0));
        upper.getCell(1).setCellValue(table.labelHeader());
        sheet.addMergedRegion(new CellRangeAddress(top, top + 1, 1, 1));
        int spanning = TextFit.lines(table.labelHeader(), widths[1], BOLD);
        int upperLines = 1;
        int lowerLines = 1;
        int c = 2;
        for (ReportTable.Group g : table.groups()) {
            upper.getCell(c).setCellValue(g.label());
            if (g.columns().isEmpty()) {
                sheet.addMergedRegion(new CellRangeAddress(top, top + 1, c, c));
                spanning = Math.max(spanning, TextFit.lines(g.label(), widths[c], BOLD));
            } else {
                int width = 0;
                for (int i = 0; i < g.columns().size(); i++) {
                    lower.getCell(c + i).setCellValue(g.columns().get(i));
                    lowerLines = Math.max(lowerLines, TextFit.lines(g.columns().get(i), widths[c + i], BOLD));
                    width += widths[c + i];
                }
                if (g.width() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(top, top, c, c + g.width() - 1));
                }
                upperLines = Math.max(upperLines, TextFit.lines(g.label(), width, BOLD));
            }
            c += g.width();
        }
        lowerLines = Math.max(lowerLines, spanning - upperLines);
        upper.setHeightInPoints(TextFit.height(upperLines));
        lower.setHeightInPoints(TextFit.height(lowerLines));
    }
}
