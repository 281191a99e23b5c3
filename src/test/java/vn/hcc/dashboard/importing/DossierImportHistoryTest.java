package vn.hcc.dashboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.intake.DossierTrailService;

/** A file import writes each new dossier's "imported" row and each changed field of a known one to its history. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(username = "tiepnhan", roles = "RECEPTION")
class DossierImportHistoryTest {

    @Autowired
    DossierImportService imports;
    @Autowired
    DossierTrailService trails;
    @TempDir
    Path dir;

    private ImportResult importCsv(List<Map<ImportColumn, Object>> rows) throws IOException {
        Path file = ImportFiles.csv(dir, "h.csv",
                ImportFiles.csvText(',', ImportFiles.HEADERS, rows.stream().map(ImportFiles::cells).toList()), false);
        return imports.importFile(file, "h.csv", ImportProgress.NONE);
    }

    private List<String> history(String code) {
        return trails.byCode(code).orElseThrow().history().stream()
                .map(c -> c.action() + " " + c.field() + " " + c.before() + "→" + c.after()).toList();
    }

    @Test
    void importedThenMovedOnByASecondImport() throws IOException {
        Map<ImportColumn, Object> open = ImportFiles.with(ImportFiles.valid("IH-1"), ImportColumn.RESULT_ON, "",
                ImportColumn.RETURNED_ON, "", ImportColumn.STATUS, "Đang giải quyết");
        assertThat(importCsv(List.of(open, ImportFiles.valid("IH-2"))).errors()).isEmpty();
        assertThat(history("IH-1")).containsExactly("IMPORTED status null→IN_PROGRESS");
        assertThat(history("IH-2")).containsExactly("IMPORTED status null→RETURNED");

        ImportResult again = importCsv(List.of(ImportFiles.valid("IH-1"), ImportFiles.valid("IH-2")));
        assertThat(again.errors()).isEmpty();
        assertThat(history("IH-1")).containsExactly("IMPORTED status null→IN_PROGRESS",
                "IMPORT_UPDATED status IN_PROGRESS→RETURNED", "IMPORT_UPDATED resultOn null→2025-03-04",
                "IMPORT_UPDATED returnedOn null→2025-03-04");
        assertThat(history("IH-2")).as("unchanged: no row").containsExactly("IMPORTED status null→RETURNED");
    }
}
