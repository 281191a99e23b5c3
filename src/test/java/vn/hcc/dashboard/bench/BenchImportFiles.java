package vn.hcc.dashboard.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Import files of the official format (shared/import-format.md, version 1.1: every column the template has) for
 * new dossiers {@code BI-1 … BI-n} of the generated catalog ({@link BenchData}: procedures BP-, their fields and
 * units by name), every channel and status, received over {@link BenchSettings#YEAR}. The .xlsx holds dates as date
 * cells and fees as numbers, as spreadsheets exported by the provincial software do; the .csv holds the same rows as
 * text. {@code badRow} &gt; 0 gives that data row a status no one knows.
 */
final class BenchImportFiles {

    static final String PREFIX = "BI-";
    static final List<String> HEADERS = List.of("Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Đơn vị",
            "Hình thức nộp", "Mức độ DVC", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả", "Ngày trả kết quả",
            "Trạng thái", "Phí, lệ phí", "Thanh toán trực tuyến", "Số hóa thành phần", "Số hóa kết quả",
            "Thư xin lỗi", "Lưu kho thành phần", "Lưu kho kết quả", "Tái sử dụng dữ liệu số hóa", "Mức độ hài lòng");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final LocalDate LAST = BenchSettings.YEAR.to();

    private BenchImportFiles() {
    }

    /** Row {@code n}'s cells in {@link #HEADERS} order: Strings, LocalDateTime / LocalDate, Long (fee) or null. */
    static List<Object> row(int n, boolean bad) {
        int p = n % BenchData.PROCEDURES;
        int u = p % BenchData.UNITS;
        LocalDate day = BenchSettings.YEAR.from().plusDays((n * 37L) % 365);
        LocalDateTime received = day.atTime(7 + n % 5, n % 60);
        int kind = n % 20;
        LocalDate result = kind < 17 || kind == 19 ? min(day.plusDays(n % 13)) : null;
        LocalDate returned = kind < 10 ? min(result.plusDays(n % 3)) : null;
        String status = bad ? "Trạng thái không có" : kind < 10 ? "Đã trả kết quả" : kind < 17 ? "Đã giải quyết"
                : kind == 17 ? "Đang giải quyết" : kind == 18 ? "Chờ bổ sung" : "Rút hồ sơ";
        long fee = p % 4 == 0 ? 20_000 : 0;
        List<Object> cells = new ArrayList<>(HEADERS.size());
        cells.add(PREFIX + n);
        cells.add(String.format("BP-%04d", p));
        cells.add("Thủ tục thử nghiệm số " + p);
        cells.add("Lĩnh vực thử nghiệm " + p % BenchData.FIELDS);
        cells.add((u < 20 ? "Sở thử nghiệm " : "Xã thử nghiệm ") + u);
        cells.add(switch (n % 10) {
            case 0, 1, 2, 3, 4 -> "Trực tuyến";
            case 5, 6, 7 -> "Trực tiếp";
            case 8 -> "Bưu chính công ích";
            default -> "Smartphone";
        });
        cells.add(p % 3 == 0 ? "Toàn trình" : "Một phần");
        cells.add(received);
        cells.add(day.plusDays(10));
        cells.add(result);
        cells.add(returned);
        cells.add(status);
        cells.add(fee == 0 ? null : fee);
        cells.add(yes(fee > 0 && n % 5 < 3));
        cells.add(yes(n % 50 != 0));
        cells.add(yes(kind < 17 && n % 40 != 0));
        cells.add(yes(n % 7 == 0));
        cells.add(n % 3 == 0 ? yes(n % 2 == 0) : null);
        cells.add(n % 3 == 0 ? yes(true) : null);
        cells.add(n % 4 == 0 ? yes(n % 8 == 0) : null);
        cells.add(null); // not rated: ratings are another feature's figures
        return cells;
    }

    static Path csv(Path file, int rows, int badRow) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", HEADERS.stream().map(h -> h.contains(",") ? '"' + h + '"' : h).toList()));
            w.write('\n');
            for (int n = 1; n <= rows; n++) {
                List<String> texts = new ArrayList<>(HEADERS.size());
                for (Object cell : row(n, n == badRow)) {
                    texts.add(switch (cell) {
                        case null -> "";
                        case LocalDateTime t -> TIME.format(t);
                        case LocalDate d -> DAY.format(d);
                        case Long fee -> String.format("%,d", fee).replace(',', '.');
                        default -> cell.toString();
                    });
                }
                w.write(String.join(",", texts));
                w.write('\n');
            }
        }
        return file;
    }

    static Path xlsx(Path file, int rows, int badRow) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(false);
            CellStyle time = wb.createCellStyle();
            time.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            CellStyle day = wb.createCellStyle();
            day.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Hồ sơ");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            for (int n = 1; n <= rows; n++) {
                Row row = sheet.createRow(n);
                List<Object> cells = row(n, n == badRow);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    switch (v) {
                        case LocalDateTime t -> {
                            cell.setCellValue(t);
                            cell.setCellStyle(time);
                        }
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(day);
                        }
                        case Long fee -> cell.setCellValue(fee);
                        default -> cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
        return file;
    }

    private static String yes(boolean yes) {
        return yes ? "Có" : "Không";
    }

    private static LocalDate min(LocalDate day) {
        return day.isAfter(LAST) ? LAST : day;
    }
}
