package vn.hcc.dashboard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.hcc.dashboard.importing.ImportColumn.*;
import static vn.hcc.dashboard.importing.ImportFiles.cells;
import static vn.hcc.dashboard.importing.ImportFiles.valid;
import static vn.hcc.dashboard.importing.ImportFiles.with;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.intake.DossierStatus;

/** The import format of shared/import-format.md, end to end against the demo catalogue; each test rolls back. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "RECEPTION")
class DossierImportServiceTest {

    @Autowired
    DossierImportService imports;
    @Autowired
    DossierService dossiers;
    @Autowired
    ProcedureService procedures;
    @Autowired
    FieldService fields;
    @Autowired
    UnitService units;
    @TempDir
    Path dir;

    private ImportResult importCsv(List<Map<ImportColumn, Object>> rows) throws IOException {
        Path file = ImportFiles.csv(dir, "ds.csv",
                ImportFiles.csvText(',', ImportFiles.HEADERS, rows.stream().map(ImportFiles::cells).toList()), false);
        return imports.importFile(file, "ds.csv", ImportProgress.NONE);
    }

    private DossierData stored(String code) {
        return dossiers.findByCode(code).orElseThrow(() -> new AssertionError(code + " not stored")).data();
    }

    private long fieldId(String name) {
        return fields.listAll().stream().filter(f -> f.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private long unitId(String name) {
        return units.listAll().stream().filter(u -> u.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    @Test
    void aCsvWithBomSemicolonsQuotesAndHeadersSpelledLooselyIsImported() throws IOException {
        String csv = """
                ma_ho_so;MA THU TUC;ten thu tuc;LINH VUC;don vi;Hinh thuc nop;muc do dvc;ngay tiep nhan;ngay hen tra;\
                ngay co ket qua;ngay tra ket qua;trang thai;PHI_LE_PHI;thanh toan truc tuyen;so hoa thanh phan;\
                so hoa ket qua;thu xin loi\r
                DD-2025-001;DD-01;;Đất đai;Chi nhánh Văn phòng đăng ký đất đai;Trực tuyến;Một phần;10/03/2025 08:30;\
                24/03/2025;21/03/2025;;Đã giải quyết;53.366.000;Có;x;1;Không\r
                "HT;2025""002";;"Thủ tục đăng ký khai sinh";hộ tịch;PHÒNG TƯ PHÁP;Bưu chính công ích;;\
                11/03/2025;12/03/2025;;;Đang giải quyết;;;0;0;\r
                """;
        Path file = ImportFiles.csv(dir, "ds.csv", csv, true);

        ImportResult result = imports.importFile(file, "DS.CSV", ImportProgress.NONE);

        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(2);
        DossierData land = stored("DD-2025-001");
        assertThat(land.procedureId()).isEqualTo(procedures.findByCode("DD-01").orElseThrow().getId());
        assertThat(land.fieldId()).isEqualTo(fieldId("Đất đai"));
        assertThat(land.unitId()).isEqualTo(unitId("Chi nhánh Văn phòng đăng ký đất đai"));
        assertThat(land.channel()).isEqualTo(Channel.ONLINE);
        assertThat(land.onlineLevel()).isEqualTo(OnlineLevel.PARTLY);
        assertThat(land.receivedAt()).isEqualTo(LocalDateTime.of(2025, 3, 10, 8, 30));
        assertThat(land.receivedOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(land.dueOn()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(land.resultOn()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(land.status()).isEqualTo(DossierStatus.RESOLVED);
        assertThat(land.fee()).isEqualTo(53_366_000);
        assertThat(land.paidOnline()).isTrue();
        assertThat(land.digitizedComponents()).isTrue();
        assertThat(land.digitizedResult()).isTrue();
        assertThat(land.apologySent()).isFalse();
        // a version 1 file: the optional records of version 1.1 are not recorded, not "no"
        assertThat(land).extracting(DossierData::componentsStored, DossierData::resultStored,
                DossierData::reusedData).containsOnlyNulls();
        DossierData birth = stored("HT;2025\"002");
        assertThat(birth.procedureId()).isEqualTo(procedures.findByCode("HT-01").orElseThrow().getId());
        assertThat(birth.channel()).isEqualTo(Channel.POSTAL);
        assertThat(birth.onlineLevel()).isEqualTo(OnlineLevel.NONE);
        assertThat(birth.receivedAt()).isEqualTo(LocalDateTime.of(2025, 3, 11, 0, 0));
        assertThat(birth.fee()).isZero();
        assertThat(birth.digitizedComponents()).isFalse();
    }

    @Test
    void anXlsxWithDateNumberAndFormulaCellsReadsTypedAndCachedValues() throws IOException {
        List<Object> typed = cells(with(valid("X-1"),
                RECEIVED_AT, LocalDateTime.of(2025, 3, 10, 14, 45),
                DUE_ON, LocalDate.of(2025, 3, 24),
                RESULT_ON, LocalDate.of(2025, 3, 21),
                RETURNED_ON, null,
                STATUS, "Đã giải quyết",
                PROCEDURE_CODE, "DD-01", FIELD, "Đất đai", UNIT, "Chi nhánh Văn phòng đăng ký đất đai",
                FEE, 53_366_000, PAID_ONLINE, 1, DIGITIZED_COMPONENTS, 0, DIGITIZED_RESULT, true));
        List<Object> formulas = cells(with(valid("ignored"),
                CODE, new ImportFiles.Formula("\"F-\"&\"001\"", false),
                RECEIVED_AT, new ImportFiles.Formula("DATE(2025,3,10)+TIME(9,15,0)", true),
                DUE_ON, new ImportFiles.Formula("DATE(2025,3,11)", true),
                RESULT_ON, null, RETURNED_ON, null, STATUS, "Đang giải quyết",
                FEE, new ImportFiles.Formula("1000*15", false), PAID_ONLINE, new ImportFiles.Formula("1+0", false)));
        Path file = ImportFiles.xlsx(dir, "ds.xlsx", ImportFiles.HEADERS, List.of(typed, formulas));

        ImportResult result = imports.importFile(file, "ds.xlsx", ImportProgress.NONE);

        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(2);
        DossierData x1 = stored("X-1");
        assertThat(x1.receivedAt()).isEqualTo(LocalDateTime.of(2025, 3, 10, 14, 45));
        assertThat(x1.dueOn()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(x1.resultOn()).isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(x1.fee()).isEqualTo(53_366_000);
        assertThat(x1.paidOnline()).isTrue();
        assertThat(x1.digitizedComponents()).isFalse();
        assertThat(x1.digitizedResult()).isTrue();
        DossierData f1 = stored("F-001");
        assertThat(f1.receivedAt()).isEqualTo(LocalDateTime.of(2025, 3, 10, 9, 15));
        assertThat(f1.dueOn()).isEqualTo(LocalDate.of(2025, 3, 11));
        assertThat(f1.fee()).isEqualTo(15_000);
        assertThat(f1.paidOnline()).isTrue();
    }

    @Test
    void everyBadValueIsReportedWithItsRowColumnAndReasonAndNothingIsWritten() throws IOException {
        Map<ImportColumn, Object> ok = valid("OK-1");
        List<Map<ImportColumn, Object>> rows = new ArrayList<>();
        rows.add(ok);                                                                        // row 2
        rows.add(with(valid("E-3"), FIELD, "Giáo dục"));                                     // row 3
        rows.add(with(valid("E-4"), UNIT, "Phòng Giáo dục"));
        rows.add(with(valid("E-5"), RECEIVED_AT, "31/02/2025"));
        rows.add(with(valid("E-6"), DUE_ON, "2025-03-04"));
        rows.add(with(valid("E-7"), FEE, "12,5k"));
        rows.add(with(valid("E-8"), PAID_ONLINE, "Có lẽ"));
        rows.add(with(valid("E-9"), CHANNEL, "Email"));
        rows.add(with(valid("E-10"), STATUS, "Hoàn thành"));
        rows.add(with(valid("E-11"), ONLINE_LEVEL, "Mức 4"));
        rows.add(with(valid("E-12"), PROCEDURE_CODE, "XX-99"));
        rows.add(with(valid("E-13"), PROCEDURE_CODE, null, PROCEDURE_NAME, "Thủ tục không có"));
        rows.add(with(valid("E-14"), PROCEDURE_CODE, null, PROCEDURE_NAME, null));
        rows.add(with(valid("E-15"), CODE, " "));
        rows.add(with(valid("E-16"), CHANNEL, null, STATUS, ""));                            // two errors
        rows.add(with(valid("E-17"), DUE_ON, "02/03/2025"));
        rows.add(with(valid("E-18"), STATUS, "Đã giải quyết", RESULT_ON, null, RETURNED_ON, null));
        rows.add(with(valid("E-19"), STATUS, "Đang giải quyết", RESULT_ON, "04/03/2025", RETURNED_ON, null));
        rows.add(with(valid("E-20"), RESULT_ON, "01/03/2025", RETURNED_ON, null));
        rows.add(with(valid("E-21"), RETURNED_ON, "03/03/2025"));
        rows.add(with(valid("E-22"), FEE, "-5.000"));
        rows.add(with(valid("E-23"), PAID_ONLINE, "Có", FEE, ""));
        rows.add(with(valid("E-24"), CODE, "X".repeat(65)));
        rows.add(with(valid("E-25"), CODE, "ok-1"));                                          // duplicate of row 2
        rows.add(with(valid("E-26"), STATUS, "Rút hồ sơ", RESULT_ON, "01/03/2025", RETURNED_ON, null));

        ImportResult result = importCsv(rows);

        assertThat(result.succeeded()).isFalse();
        assertThat(result.created() + result.updated() + result.unchanged()).isZero();
        assertThat(result.errors()).extracting(ImportError::row, ImportError::column, ImportError::value,
                ImportError::messageKey).containsExactly(
                tuple(3L, "Lĩnh vực", "Giáo dục", "import.error.unknown-field"),
                tuple(4L, "Đơn vị", "Phòng Giáo dục", "import.error.unknown-unit"),
                tuple(5L, "Ngày tiếp nhận", "31/02/2025", "import.error.date"),
                tuple(6L, "Ngày hẹn trả", "2025-03-04", "import.error.date"),
                tuple(7L, "Phí, lệ phí", "12,5k", "import.error.amount"),
                tuple(8L, "Thanh toán trực tuyến", "Có lẽ", "import.error.yes-no"),
                tuple(9L, "Hình thức nộp", "Email", "import.error.channel"),
                tuple(10L, "Trạng thái", "Hoàn thành", "import.error.status"),
                tuple(11L, "Mức độ DVC", "Mức 4", "import.error.online-level"),
                tuple(12L, "Mã thủ tục", "XX-99", "import.error.unknown-procedure-code"),
                tuple(13L, "Tên thủ tục", "Thủ tục không có", "import.error.unknown-procedure"),
                tuple(14L, "Tên thủ tục", null, "import.error.procedure-required"),
                tuple(15L, "Mã hồ sơ", null, "validation.required"),
                tuple(16L, "Hình thức nộp", null, "validation.required"),
                tuple(16L, "Trạng thái", null, "validation.required"),
                tuple(17L, "Ngày hẹn trả", "02/03/2025", "dossier.error.due-before-received"),
                tuple(18L, "Ngày có kết quả", null, "dossier.error.result-required"),
                tuple(19L, "Ngày có kết quả", "04/03/2025", "dossier.error.result-without-status"),
                tuple(20L, "Ngày có kết quả", "01/03/2025", "dossier.error.result-before-received"),
                tuple(21L, "Ngày trả kết quả", "03/03/2025", "dossier.error.returned-before-result"),
                tuple(22L, "Phí, lệ phí", "-5.000", "dossier.error.fee-negative"),
                tuple(23L, "Thanh toán trực tuyến", "Có", "dossier.error.paid-without-fee"),
                tuple(24L, "Mã hồ sơ", "X".repeat(65), "validation.too-long"),
                tuple(25L, "Mã hồ sơ", "ok-1", "import.error.duplicate-code"),
                tuple(26L, "Ngày có kết quả", "01/03/2025", "dossier.error.ended-before-received"));
        assertThat(result.errorCount()).isEqualTo(25);
        assertThat(result.errors().get(0).args()).containsExactly("Giáo dục");
        assertThat(result.errors().get(6).args()).containsExactly(
                "Trực tuyến, Trực tiếp, Bưu chính, Bưu chính công ích, Smartphone");
        assertThat(result.errors().get(22).args()).containsExactly("64");
        assertThat(result.errors().get(23).args()).containsExactly("ok-1", "2");
        assertThat(dossiers.findByCode("OK-1")).as("all or nothing").isEmpty();
    }

    @Test
    void rowNumbersAreExcelsEvenAfterEmptyRows() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(cells(valid("R-2")));
        rows.add(new ArrayList<>(java.util.Collections.nCopies(ImportColumn.values().length, null)));
        rows.add(cells(with(valid("R-4"), FIELD, "Không có")));
        Path file = ImportFiles.xlsx(dir, "r.xlsx", ImportFiles.HEADERS, rows);
        Path csv = ImportFiles.csv(dir, "r.csv", ImportFiles.csvText(',', ImportFiles.HEADERS, rows), false);

        assertThat(imports.importFile(file, "r.xlsx", ImportProgress.NONE).errors())
                .extracting(ImportError::row).containsExactly(4L);
        assertThat(imports.importFile(csv, "r.csv", ImportProgress.NONE).errors())
                .extracting(ImportError::row).containsExactly(4L);
    }

    @Test
    void importingTheSameFileAgainChangesNothingAndAChangedRowIsUpdated() throws IOException {
        List<Map<ImportColumn, Object>> rows = List.of(valid("I-1"), valid("I-2"),
                with(valid("I-3"), STATUS, "Đang giải quyết", RESULT_ON, null, RETURNED_ON, null));
        assertThat(importCsv(rows)).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
                .containsExactly(3L, 0L, 0L);
        assertThat(importCsv(rows)).extracting(ImportResult::created, ImportResult::updated, ImportResult::unchanged)
                .containsExactly(0L, 0L, 3L);

        List<Map<ImportColumn, Object>> changed = List.of(valid("I-1"), valid("I-2"), valid("I-3"), valid("I-4"));
        assertThat(importCsv(changed)).extracting(ImportResult::created, ImportResult::updated,
                ImportResult::unchanged).containsExactly(1L, 1L, 2L);
        assertThat(stored("I-3").status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(stored("I-3").resultOn()).isEqualTo(LocalDate.of(2025, 3, 4));
    }

    @Test
    void anUpdateKeepsTheHandlerRecordedInTheProduct() throws IOException {
        DossierData proposal = dossiers.propose(procedures.findByCode("HT-01").orElseThrow().getId(),
                LocalDateTime.of(2025, 3, 3, 9, 15), "H-1", Channel.IN_PERSON);
        dossiers.record(proposal.toBuilder().resultOn(null).returnedOn(null).endedOn(null)
                .status(DossierStatus.IN_PROGRESS).fee(0).paidOnline(false).digitizedComponents(false)
                .digitizedResult(false).apologySent(false).apologyReason(null).newDueOn(null).handler("Nguyễn Thị Lan")
                .componentsStored(null).resultStored(null).reusedData(null).build());

        assertThat(importCsv(List.of(valid("H-1"))).updated()).isEqualTo(1);

        assertThat(stored("H-1").status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(stored("H-1").handler()).isEqualTo("Nguyễn Thị Lan");
    }

    @Test
    void withdrawnAndRefusedRowsEndOnTheirResultDateOrTheIntakeDay() throws IOException {
        ImportResult result = importCsv(List.of(
                with(valid("W-1"), STATUS, "Rút hồ sơ", RESULT_ON, "05/03/2025", RETURNED_ON, null),
                with(valid("W-2"), STATUS, "Từ chối", RESULT_ON, null, RETURNED_ON, null)));

        assertThat(result.errors()).isEmpty();
        assertThat(stored("W-1")).extracting(DossierData::status, DossierData::endedOn, DossierData::resultOn)
                .containsExactly(DossierStatus.WITHDRAWN, LocalDate.of(2025, 3, 5), null);
        assertThat(stored("W-2")).extracting(DossierData::status, DossierData::endedOn, DossierData::resultOn)
                .containsExactly(DossierStatus.REFUSED, LocalDate.of(2025, 3, 3), null);
    }

    @Test
    void aProcedureFoundByNameBringsItsAfternoonCutOff() throws IOException {
        ImportResult result = importCsv(List.of(with(valid("C-1"), PROCEDURE_CODE, null,
                PROCEDURE_NAME, "thu tuc chung thuc chu ky trong cac giay to, van ban", FIELD, "chung thuc",
                RECEIVED_AT, "24/01/2025 15:30", DUE_ON, "03/02/2025", RESULT_ON, "03/02/2025",
                RETURNED_ON, "03/02/2025", FEE, "10000", PAID_ONLINE, "Có")));

        assertThat(result.errors()).isEmpty();
        DossierData d = stored("C-1");
        assertThat(d.procedureId()).isEqualTo(procedures.findByCode("CT-03").orElseThrow().getId());
        assertThat(d.receivedOn()).as("after 15:00 before Tết: the next working day").isEqualTo(
                LocalDate.of(2025, 2, 3));
    }

    @Test
    void unknownColumnsAreIgnoredAndListed() throws IOException {
        List<String> headers = new ArrayList<>(ImportFiles.HEADERS);
        headers.add(2, "Ghi chú");
        headers.add("Người nộp");
        List<Object> row = cells(valid("U-1"));
        row.add(2, "=cmd|' /C calc'!A0");
        row.add("Trần Văn Bình");
        Path file = ImportFiles.xlsx(dir, "u.xlsx", headers, List.of(row));

        ImportResult result = imports.importFile(file, "u.xlsx", ImportProgress.NONE);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.unknownColumns()).containsExactly("Ghi chú", "Người nộp");
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredAsText() throws IOException {
        ImportResult csv = importCsv(List.of(valid("=1+2"), valid("@SUM(A1)")));
        Path file = ImportFiles.xlsx(dir, "f.xlsx", ImportFiles.HEADERS,
                List.of(cells(valid("+84-912")), cells(valid("-HS-1"))));
        ImportResult xlsx = imports.importFile(file, "f.xlsx", ImportProgress.NONE);

        assertThat(csv.created() + xlsx.created()).isEqualTo(4);
        for (String code : List.of("=1+2", "@SUM(A1)", "+84-912", "-HS-1")) {
            assertThat(stored(code).code()).isEqualTo(code);
        }
    }

    @Test
    void headerProblemsAndEmptyFilesAreReportedAtRowOne() throws IOException {
        Path noColumns = ImportFiles.csv(dir, "h.csv", "Mã hồ sơ;Ghi chú\r\nA;B\r\n", false);
        ImportResult result = imports.importFile(noColumns, "h.csv", ImportProgress.NONE);
        assertThat(result.errors()).extracting(ImportError::row).containsOnly(1L);
        assertThat(result.errors()).extracting(ImportError::column).contains("Lĩnh vực", "Trạng thái");
        assertThat(result.unknownColumns()).containsExactly("Ghi chú");

        Path empty = ImportFiles.csv(dir, "e.csv", "", true);
        assertThat(imports.importFile(empty, "e.csv", ImportProgress.NONE).errors())
                .extracting(ImportError::row, ImportError::messageKey)
                .containsExactly(tuple(1L, "import.error.empty-file"));
    }

    @Test
    void otherFileTypesBrokenFilesAndLegacyEncodingsAreRefused() throws IOException {
        Path pdf = ImportFiles.csv(dir, "a.pdf", "%PDF", false);
        assertThatThrownBy(() -> imports.importFile(pdf, "a.pdf", ImportProgress.NONE))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.file-type"));
        Path fake = ImportFiles.csv(dir, "b.xlsx", "not a zip", false);
        assertThatThrownBy(() -> imports.importFile(fake, "b.xlsx", ImportProgress.NONE))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.unreadable"));
        Path latin = dir.resolve("c.csv");
        java.nio.file.Files.write(latin, "Mã hồ sơ\r\n".getBytes(java.nio.charset.Charset.forName("windows-1258")));
        assertThatThrownBy(() -> imports.importFile(latin, "c.csv", ImportProgress.NONE))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.not-utf8"));
    }

    @Test
    void progressIsReportedForBothPasses() throws IOException {
        List<Map<ImportColumn, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            rows.add(valid("P-" + i));
        }
        List<String> calls = new ArrayList<>();
        Path file = ImportFiles.csv(dir, "p.csv",
                ImportFiles.csvText(';', ImportFiles.HEADERS, rows.stream().map(ImportFiles::cells).toList()), false);

        ImportResult result = imports.importFile(file, "p.csv", (pass, read, total) -> calls.add(
                pass + ":" + read + "/" + total));

        assertThat(result.created()).isEqualTo(2_500);
        assertThat(calls).containsExactly("1:1000/-1", "1:2000/-1", "2:1000/2500", "2:2000/2500", "2:2500/2500");
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadersMayNotImport() throws IOException {
        Path file = ImportFiles.csv(dir, "l.csv", "Mã hồ sơ\r\n", false);
        assertThatThrownBy(() -> imports.importFile(file, "l.csv", ImportProgress.NONE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = "DIRECTOR")
    void directorsMayImport() throws IOException {
        assertThat(importCsv(List.of(valid("D-1"))).created()).isEqualTo(1);
    }
}
