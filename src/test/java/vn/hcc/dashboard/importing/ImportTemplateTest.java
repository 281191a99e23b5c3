package vn.hcc.dashboard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;

/** The template, the error list and the size limit; messages come from the real Vietnamese translations. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "RECEPTION")
class ImportTemplateTest {

    private static final Properties VI = translations("vi");
    private static final Properties EN = translations("en");
    /** Vietnamese as the view would give it: the key's text with its arguments. */
    private static final ImportTexts TEXTS = (key, args) -> {
        String text = VI.getProperty(key);
        if (text == null) {
            throw new AssertionError("no Vietnamese translation for " + key);
        }
        return args.length == 0 ? text : new MessageFormat(text).format(args);
    };

    @Autowired
    DossierImportService imports;
    @Autowired
    DossierService dossiers;
    @TempDir
    Path dir;

    private static Properties translations(String language) {
        Properties p = new Properties();
        try (InputStream in = ImportTemplateTest.class.getResourceAsStream(
                "/vaadin-i18n/translations_" + language + ".properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return p;
    }

    private XSSFWorkbook template() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeTemplate(out, TEXTS);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theTemplateHasTheContractsHeaderRowAnExampleAndAGuide() throws IOException {
        try (XSSFWorkbook wb = template()) {
            Row header = wb.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("Mã hồ sơ", "Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Đơn vị",
                    "Hình thức nộp", "Mức độ DVC", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày có kết quả",
                    "Ngày trả kết quả", "Trạng thái", "Phí, lệ phí", "Thanh toán trực tuyến", "Số hóa thành phần",
                    "Số hóa kết quả", "Thư xin lỗi", "Lưu kho thành phần", "Lưu kho kết quả",
                    "Tái sử dụng dữ liệu số hóa", "Mức độ hài lòng");
            Sheet guide = wb.getSheet("Hướng dẫn");
            assertThat(guide.getRow(21).getCell(0).getStringCellValue()).isEqualTo("Mức độ hài lòng");
            assertThat(guide.getRow(21).getCell(1).getStringCellValue()).isEqualTo("Không");
            assertThat(guide.getRow(21).getCell(2).getStringCellValue()).startsWith(
                    "Rất hài lòng, Hài lòng, Chưa hài lòng; để trống là công dân chưa đánh giá");
            assertThat(guide).isNotNull();
            assertThat(guide.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Mã hồ sơ");
            assertThat(guide.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Có");
            assertThat(guide.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Không");
            assertThat(guide.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Có, nếu không có Mã thủ tục");
            assertThat(guide.getRow(12).getCell(0).getStringCellValue()).isEqualTo("Trạng thái");
            assertThat(guide.getRow(12).getCell(2).getStringCellValue()).isEqualTo("Đang giải quyết, Chờ bổ sung, "
                    + "Tạm dừng - NVTC, Tạm dừng - khác, Đã giải quyết, Đã trả kết quả, Rút hồ sơ, Từ chối");
            assertThat(guide.getRow(7).getCell(2).getStringCellValue())
                    .isEqualTo("Một phần, Toàn trình; để trống nếu không phải dịch vụ công trực tuyến");
        }
    }

    @Test
    void theTemplatesHeaderRowAloneIsAValidEmptyImportAndItsExampleImports() throws IOException {
        Path full = dir.resolve("mau.xlsx");
        Path headerOnly = dir.resolve("tieu-de.xlsx");
        try (XSSFWorkbook wb = template()) {
            try (var out = Files.newOutputStream(full)) {
                wb.write(out);
            }
            wb.getSheetAt(0).removeRow(wb.getSheetAt(0).getRow(1));
            try (var out = Files.newOutputStream(headerOnly)) {
                wb.write(out);
            }
        }

        ImportResult empty = imports.importFile(headerOnly, "tieu-de.xlsx", ImportProgress.NONE);
        assertThat(empty.succeeded()).isTrue();
        assertThat(empty.rows()).isZero();
        assertThat(empty.unknownColumns()).isEmpty();

        ImportResult example = imports.importFile(full, "mau.xlsx", ImportProgress.NONE);
        assertThat(example.errors()).isEmpty();
        assertThat(example.created()).isEqualTo(1);
        assertThat(dossiers.findByCode("000.00.15.H03-250303-0001").orElseThrow().data().status())
                .isEqualTo(DossierStatus.RETURNED);
    }

    @Test
    void theErrorListWritesUserTextAsStringCellsNeverAsFormulas() throws IOException {
        List<ImportError> errors = List.of(
                ImportError.of(5, "Lĩnh vực", "=HYPERLINK(\"http://x\",\"y\")", "import.error.unknown-field",
                        "=HYPERLINK(\"http://x\",\"y\")"),
                ImportError.of(7, "Mã hồ sơ", "+84-912", "import.error.duplicate-code", "+84-912", 3),
                ImportError.of(9, "Phí, lệ phí", "@SUM(A1)", "import.error.amount"),
                ImportError.of(11, "Ngày hẹn trả", "-1", "import.error.date"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        imports.writeErrorList(errors, out, TEXTS);

        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Lý do");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().toString()).isNotEqualTo(CellType.FORMULA);
                }
            }
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(5);
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"y\")");
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo(
                    "Lĩnh vực \"=HYPERLINK(\"http://x\",\"y\")\" không có trong danh mục lĩnh vực "
                            + "(nhập tệp không tạo lĩnh vực mới)");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("+84-912");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue())
                    .isEqualTo("Mã hồ sơ \"+84-912\" đã có ở dòng 3 của tệp");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("@SUM(A1)");
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("-1");
        }
    }

    @Test
    void aFileAboveTheSizeLimitIsRefusedBeforeItIsRead(@Autowired DossierService dossiers,
            @Autowired FieldService fields, @Autowired UnitService units, @Autowired ProcedureService procedures,
            @Autowired WorkingDayCalendar calendar, @Autowired Broadcaster broadcaster,
            @Autowired java.time.Clock clock, @Autowired vn.hcc.dashboard.ratings.RatingService ratings,
            @Autowired ImportMeters meters) throws IOException {
        assertThat(imports.maxBytes()).as("application.properties").isEqualTo(50L * 1024 * 1024);
        DossierImportService small = new DossierImportService(dossiers, fields, units, procedures, calendar,
                broadcaster, 1024, clock, ratings, meters);
        String csv = ImportFiles.csvText(',', ImportFiles.HEADERS,
                List.of(ImportFiles.cells(ImportFiles.valid("S-1"))));
        int padding = 1024 - csv.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(padding).isPositive();
        Path atLimit = ImportFiles.csv(dir, "limit.csv", csv + "\n".repeat(padding), false);
        Path above = ImportFiles.csv(dir, "above.csv", csv + "\n".repeat(padding + 1), false);

        assertThatThrownBy(() -> small.importFile(above, "above.csv", ImportProgress.NONE))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(TEXTS.get(e.messageKey(), e.args())).isEqualTo(
                            "Tệp lớn hơn giới hạn 1 kB: hãy chia thành nhiều tệp nhỏ hơn rồi nhập lần lượt");
                });
        assertThat(dossiers.findByCode("S-1")).isEmpty();
        assertThat(small.importFile(atLimit, "limit.csv", ImportProgress.NONE).created()).isEqualTo(1);
    }

    @Test
    void everyImportMessageKeyHasAVietnameseAndAnEnglishText() throws IOException {
        Pattern key = Pattern.compile("\"((?:import|dossier|validation)\\.[a-z.\\-]+)\"");
        List<String> keys = new ArrayList<>();
        // the import's own messages and the dossier rules it reports per row
        for (String feature : List.of("importing", "intake")) {
            try (var sources = Files.list(Path.of("src/main/java/vn/hcc/dashboard", feature))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = key.matcher(Files.readString(source));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        assertThat(keys).contains("import.error.unknown-field", "import.error.duplicate-code");
        for (String k : keys) {
            if (k.endsWith(".")) {
                continue; // a prefix such as "import.guide.values." completed per column
            }
            assertThat(VI.getProperty(k)).as("vi " + k).isNotBlank();
            assertThat(EN.getProperty(k)).as("en " + k).isNotBlank();
        }
        for (ImportColumn c : ImportColumn.values()) {
            if (c != ImportColumn.CHANNEL && c != ImportColumn.STATUS) {
                assertThat(VI.getProperty("import.guide.values." + c.key())).as(c.key()).isNotBlank();
            }
        }
    }
}
