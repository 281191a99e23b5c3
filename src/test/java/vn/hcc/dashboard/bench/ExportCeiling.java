package vn.hcc.dashboard.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcc.dashboard.reports.ReportTexts;

/**
 * The export's anchor: POI's SXSSF writing the same rows (the same 16 cells with the same kinds of cell and style:
 * numbers, inline texts, dates) from memory, with nothing of the product in between, so its rate is what the library
 * itself can do on this machine. A million rows of plain values do not fit a 256 MB heap beside the application,
 * so the rows are loaded from the database in chunks of {@link #CHUNK} (names resolved, words translated, texts
 * shared through a dictionary), and only the writing of each chunk, and the final zip of the file, is timed.
 */
final class ExportCeiling {

    static final int CHUNK = 100_000;

    private final JdbcTemplate jdbc;
    private final ReportTexts texts;
    private final Map<String, String> dictionary = new HashMap<>();

    ExportCeiling(JdbcTemplate jdbc, ReportTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** Writes the year's dossiers to {@code file}; returns the rows written and the seconds spent writing. */
    double[] write(Path file) throws IOException {
        long writing = 0;
        long rows = 0;
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(false);
        try {
            CellStyle text = bordered(wb);
            text.setWrapText(true);
            CellStyle center = bordered(wb);
            CellStyle number = bordered(wb);
            number.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            CellStyle date = bordered(wb);
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Danh sách hồ sơ");
            long after = 0;
            while (true) {
                List<Object[]> chunk = chunk(after); // not timed: the rows are in memory before writing starts
                if (chunk.isEmpty()) {
                    break;
                }
                after = (Long) chunk.getLast()[15];
                long t0 = System.nanoTime();
                for (Object[] v : chunk) {
                    Row x = sheet.createRow((int) rows);
                    rows++;
                    Cell stt = x.createCell(0);
                    stt.setCellValue(rows);
                    stt.setCellStyle(center);
                    for (int c = 0; c < 15; c++) {
                        Cell cell = x.createCell(1 + c);
                        switch (v[c]) {
                            case null -> cell.setCellStyle(c >= 5 && c <= 8 ? date : text);
                            case String s -> {
                                cell.setCellValue(s);
                                cell.setCellStyle(text);
                            }
                            case LocalDate d -> {
                                cell.setCellValue(d);
                                cell.setCellStyle(date);
                            }
                            case Number n -> {
                                cell.setCellValue(n.doubleValue());
                                cell.setCellStyle(number);
                            }
                            default -> throw new IllegalStateException("unexpected " + v[c]);
                        }
                    }
                }
                writing += System.nanoTime() - t0;
                chunk.clear();
            }
            long t1 = System.nanoTime();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            writing += System.nanoTime() - t1;
        } finally {
            wb.close();
            wb.dispose();
        }
        return new double[] {rows, writing / 1e9};
    }

    /**
     * The next {@link #CHUNK} rows of the list as plain values, in the export's column order (code, procedure, field,
     * unit, channel, 4 days, status, fee, 3 yes/no, handler) and the id last.
     */
    private List<Object[]> chunk(long after) {
        String yes = texts.get("reports.yes");
        String no = texts.get("reports.no");
        List<Object[]> rows = new ArrayList<>(CHUNK);
        jdbc.query("""
                SELECT d.code, p.name, f.name, u.name, d.channel, d.received_on, d.due_on, d.result_on, d.returned_on,
                  d.status, d.fee, d.paid_online, d.digitized_components, d.digitized_result, d.handler, d.id
                FROM dossier d LEFT JOIN admin_procedure p ON p.id = d.procedure_id
                  JOIN work_field f ON f.id = d.field_id JOIN org_unit u ON u.id = d.unit_id
                WHERE d.received_at >= ? AND d.received_at < ? AND d.id > ? ORDER BY d.id LIMIT ?""", rs -> {
            rows.add(new Object[] {rs.getString(1), shared(rs.getString(2)), shared(rs.getString(3)),
                    shared(rs.getString(4)), shared(texts.get("dossier.channel." + rs.getString(5))),
                    day(rs.getDate(6)), day(rs.getDate(7)), day(rs.getDate(8)), day(rs.getDate(9)),
                    shared(texts.get("dossier.status." + rs.getString(10))), rs.getLong(11),
                    rs.getBoolean(12) ? yes : no, rs.getBoolean(13) ? yes : no, rs.getBoolean(14) ? yes : no,
                    rs.getString(15) == null ? "" : rs.getString(15), rs.getLong(16)});
        }, BenchSettings.YEAR.from().atStartOfDay(), BenchSettings.YEAR.to().plusDays(1).atStartOfDay(), after, CHUNK);
        return rows;
    }

    private String shared(String s) {
        return s == null ? "" : dictionary.computeIfAbsent(s, k -> k);
    }

    private static LocalDate day(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static CellStyle bordered(SXSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }
}
