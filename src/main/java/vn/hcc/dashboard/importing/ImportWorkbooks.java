package vn.hcc.dashboard.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The two workbooks the import hands out: the template (header row exactly as the format defines it, one example
 * row, and a sheet "Hướng dẫn" explaining each column) and the list of errors. Every value that came from a user
 * is written as a string cell, so a value such as {@code =HYPERLINK(...)} is shown as text and never run as a
 * formula when the list is opened in Excel.
 */
final class ImportWorkbooks {

    static final String GUIDE_SHEET = "Hướng dẫn";

    /** The template's example: a birth registration of the demo catalogue, returned on its due day. */
    static final List<String> EXAMPLE = List.of("000.00.15.H03-250303-0001", "HT-01", "Thủ tục đăng ký khai sinh",
            "Hộ tịch", "Phòng Tư pháp", "Trực tiếp", "Một phần", "03/03/2025 09:15", "04/03/2025", "04/03/2025",
            "04/03/2025", "Đã trả kết quả", "0", "Không", "Có", "Có", "Không", "Có", "Có", "Không", "Rất hài lòng");

    private ImportWorkbooks() {
    }

    static void writeTemplate(OutputStream out, ImportTexts texts) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = boldStyle(wb);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Sheet data = wb.createSheet(texts.get("import.template.sheet"));
            Row header = data.createRow(0);
            Row example = data.createRow(1);
            ImportColumn[] columns = ImportColumn.values();
            for (int i = 0; i < columns.length; i++) {
                string(header, i, columns[i].header()).setCellStyle(bold);
                // text format keeps codes such as 000.00.15 and typed dates exactly as the user writes them
                data.setDefaultColumnStyle(i, text);
                string(example, i, EXAMPLE.get(i)).setCellStyle(text);
                data.setColumnWidth(i, 22 * 256);
            }
            data.createFreezePane(0, 1);
            Sheet guide = wb.createSheet(GUIDE_SHEET);
            Row top = guide.createRow(0);
            string(top, 0, texts.get("import.guide.column")).setCellStyle(bold);
            string(top, 1, texts.get("import.guide.required")).setCellStyle(bold);
            string(top, 2, texts.get("import.guide.values")).setCellStyle(bold);
            for (int i = 0; i < columns.length; i++) {
                Row row = guide.createRow(i + 1);
                string(row, 0, columns[i].header());
                string(row, 1, texts.get(requiredKey(columns[i])));
                string(row, 2, values(columns[i], texts));
            }
            int note = columns.length + 2;
            string(guide.createRow(note), 0, texts.get("import.guide.note.header"));
            string(guide.createRow(note + 1), 0, texts.get("import.guide.note.example"));
            string(guide.createRow(note + 2), 0, texts.get("import.guide.note.all-or-nothing"));
            guide.setColumnWidth(0, 26 * 256);
            guide.setColumnWidth(1, 22 * 256);
            guide.setColumnWidth(2, 100 * 256);
            wb.write(out);
        }
    }

    private static String requiredKey(ImportColumn column) {
        if (column == ImportColumn.PROCEDURE_NAME) {
            return "import.guide.required-if-no-code";
        }
        return column.required() ? "import.guide.yes" : "import.guide.no";
    }

    /** The vocabularies come from the parser itself, so the guide cannot drift from what is accepted. */
    private static String values(ImportColumn column, ImportTexts texts) {
        return switch (column) {
            case CHANNEL -> ImportValues.labels(ImportValues.CHANNELS);
            case STATUS -> ImportValues.labels(ImportValues.STATUSES);
            case ONLINE_LEVEL -> texts.get("import.guide.values.online-level",
                    ImportValues.labels(ImportValues.LEVELS));
            case SATISFACTION -> texts.get("import.guide.values.satisfaction",
                    ImportValues.labels(ImportValues.SATISFACTION));
            default -> texts.get("import.guide.values." + column.key());
        };
    }

    /** The errors as a sheet: row, column, value found, reason. Streams, so a long list stays small in memory. */
    static void writeErrors(List<ImportError> errors, OutputStream out, ImportTexts texts) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            CellStyle bold = boldStyle(wb);
            Sheet sheet = wb.createSheet(texts.get("import.errors.sheet"));
            Row header = sheet.createRow(0);
            String[] titles = {"import.errors.row", "import.errors.column", "import.errors.value",
                    "import.errors.reason"};
            for (int i = 0; i < titles.length; i++) {
                string(header, i, texts.get(titles[i])).setCellStyle(bold);
            }
            int r = 1;
            for (ImportError e : errors) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.row());
                string(row, 1, e.column());
                string(row, 2, e.value());
                string(row, 3, texts.get(e.messageKey(), e.argsArray()));
            }
            sheet.setColumnWidth(0, 8 * 256);
            sheet.setColumnWidth(1, 22 * 256);
            sheet.setColumnWidth(2, 30 * 256);
            sheet.setColumnWidth(3, 90 * 256);
            wb.write(out);
        } finally {
            wb.close();
        }
    }

    /** Always a string cell: {@code setCellValue(String)} never interprets "=", "+", "-" or "@". */
    private static Cell string(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        return cell;
    }

    private static CellStyle boldStyle(Workbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        return style;
    }
}
