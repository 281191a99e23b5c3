package vn.hcc.dashboard.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds import files for tests: rows as column → value, written as CSV text or as typed xlsx cells. */
public final class ImportFiles {

    /** An xlsx formula cell; POI computes and stores its cached value as Excel would. */
    record Formula(String formula, boolean dateFormat) {
    }

    public static final List<String> HEADERS = Arrays.stream(ImportColumn.values()).map(ImportColumn::header).toList();

    private ImportFiles() {
    }

    /** A birth registration (HT-01) received 03/03/2025 09:15, returned on its due day 04/03/2025. */
    static Map<ImportColumn, Object> valid(String code) {
        Map<ImportColumn, Object> row = new EnumMap<>(ImportColumn.class);
        List<String> example = ImportWorkbooks.EXAMPLE;
        ImportColumn[] columns = ImportColumn.values();
        for (int i = 0; i < columns.length; i++) {
            row.put(columns[i], example.get(i));
        }
        row.put(ImportColumn.CODE, code);
        return row;
    }

    /**
     * The template's example row (see {@link #valid}) as cells in {@link #HEADERS} order, for another catalogue: the
     * procedure by its code, the field and the unit by their names.
     */
    public static List<Object> exampleRow(String code, String procedureCode, String field, String unit) {
        return cells(with(valid(code), ImportColumn.PROCEDURE_CODE, procedureCode, ImportColumn.PROCEDURE_NAME, "",
                ImportColumn.FIELD, field, ImportColumn.UNIT, unit));
    }

    static Map<ImportColumn, Object> with(Map<ImportColumn, Object> row, Object... columnValuePairs) {
        Map<ImportColumn, Object> copy = new EnumMap<>(row);
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            copy.put((ImportColumn) columnValuePairs[i], columnValuePairs[i + 1]);
        }
        return copy;
    }

    static List<Object> cells(Map<ImportColumn, Object> row) {
        List<Object> cells = new ArrayList<>();
        for (ImportColumn c : ImportColumn.values()) {
            cells.add(row.get(c));
        }
        return cells;
    }

    public static Path csv(Path dir, String name, String content, boolean bom) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** The rows as CSV with {@code separator}, every field quoted (quotes doubled), CRLF line ends as Excel writes. */
    public static String csvText(char separator, List<String> headers, List<List<Object>> rows) {
        StringBuilder text = new StringBuilder(line(separator, new ArrayList<>(headers)));
        rows.forEach(r -> text.append(line(separator, r)));
        return text.toString();
    }

    private static String line(char separator, List<?> cells) {
        return cells.stream().map(c -> c == null ? "" : "\"" + c.toString().replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
    }

    /** An xlsx whose first sheet holds the headers and rows; Strings become text cells, numbers number cells,
     * dates date cells, {@link Formula}s formula cells with their cached values. */
    static Path xlsx(Path dir, String name, List<String> headers, List<List<Object>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            Sheet sheet = wb.createSheet("Hồ sơ");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    switch (v) {
                        case String s -> cell.setCellValue(s);
                        case Number n -> cell.setCellValue(n.doubleValue());
                        case Boolean b -> cell.setCellValue(b);
                        case LocalDateTime t -> {
                            cell.setCellValue(t);
                            cell.setCellStyle(dateStyle);
                        }
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(dateStyle);
                        }
                        case Formula f -> {
                            cell.setCellFormula(f.formula());
                            if (f.dateFormat()) {
                                cell.setCellStyle(dateStyle);
                            }
                        }
                        default -> throw new IllegalArgumentException(v.toString());
                    }
                }
            }
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        return file;
    }
}
