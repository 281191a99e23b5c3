package vn.hcc.dashboard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.hcc.dashboard.importing.ImportColumn.*;
import static vn.hcc.dashboard.importing.ImportFiles.valid;
import static vn.hcc.dashboard.importing.ImportFiles.with;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;

/**
 * Version 1.1 of the import format: the ordinary postal channel "Bưu chính" beside "Bưu chính công ích", and the
 * optional records of the digitization form (components and result stored in the data warehouse, reused data),
 * where empty means not recorded and a file without those columns keeps what the product recorded.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "RECEPTION")
class DigitalRecordsImportTest {

    @Autowired
    DossierImportService imports;
    @Autowired
    DossierService dossiers;
    @TempDir
    Path dir;

    private ImportResult importCsv(List<String> headers, List<Map<ImportColumn, Object>> rows) throws IOException {
        List<List<Object>> cells = rows.stream().map(r -> headers.stream()
                .map(h -> r.get(Arrays.stream(ImportColumn.values()).filter(c -> c.header().equals(h)).findFirst()
                        .orElseThrow())).toList()).toList();
        Path file = ImportFiles.csv(dir, "ds.csv", ImportFiles.csvText(';', headers, cells), false);
        return imports.importFile(file, "ds.csv", ImportProgress.NONE);
    }

    private DossierData stored(String code) {
        return dossiers.findByCode(code).orElseThrow().data();
    }

    @Test
    void theRecordsAreReadYesNoOrNotRecordedAndBothPostalServicesAreTold() throws IOException {
        ImportResult result = importCsv(ImportFiles.HEADERS, List.of(
                with(valid("R-1"), CHANNEL, "Bưu chính", COMPONENTS_STORED, "Có", RESULT_STORED, "x",
                        REUSED_DATA, "Không"),
                with(valid("R-2"), CHANNEL, "bưu chính công ích", COMPONENTS_STORED, "", RESULT_STORED, null,
                        REUSED_DATA, "0"),
                with(valid("R-3"), CHANNEL, "BCCI", COMPONENTS_STORED, "khong", RESULT_STORED, "Không",
                        REUSED_DATA, "1")));

        assertThat(result.errors()).isEmpty();
        assertThat(List.of(stored("R-1"), stored("R-2"), stored("R-3"))).extracting(DossierData::channel,
                DossierData::componentsStored, DossierData::resultStored, DossierData::reusedData).containsExactly(
                        tuple(Channel.ORDINARY_POSTAL, true, true, false),
                        tuple(Channel.POSTAL, null, null, false),
                        tuple(Channel.POSTAL, false, false, true));
    }

    @Test
    void aBadRecordIsAnErrorOfItsColumn() throws IOException {
        ImportResult result = importCsv(ImportFiles.HEADERS, List.of(with(valid("R-1"), RESULT_STORED, "có lẽ")));

        assertThat(result.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactly(tuple(2L, "Lưu kho kết quả", "import.error.yes-no"));
        assertThat(dossiers.findByCode("R-1")).isEmpty();
    }

    @Test
    void aFileWithoutTheColumnsOrWithEmptyCellsKeepsWhatWasRecorded() throws IOException {
        importCsv(ImportFiles.HEADERS, List.of(with(valid("R-1"), COMPONENTS_STORED, "Có", RESULT_STORED, "Không",
                REUSED_DATA, "Có")));
        List<String> version1 = ImportFiles.HEADERS.subList(0, APOLOGY.ordinal() + 1);

        ImportResult again = importCsv(version1, List.of(valid("R-1")));
        assertThat(again.unchanged()).isEqualTo(1);
        ImportResult blank = importCsv(ImportFiles.HEADERS, List.of(with(valid("R-1"), COMPONENTS_STORED, "",
                RESULT_STORED, "", REUSED_DATA, "Không")));
        assertThat(blank.updated()).isEqualTo(1);
        assertThat(stored("R-1")).extracting(DossierData::componentsStored, DossierData::resultStored,
                DossierData::reusedData).containsExactly(true, false, false);
    }
}
