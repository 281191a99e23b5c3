package vn.hcc.dashboard.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.hcc.dashboard.importing.ImportColumn.*;
import static vn.hcc.dashboard.importing.ImportFiles.valid;
import static vn.hcc.dashboard.importing.ImportFiles.with;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.ratings.RatingCounts;
import vn.hcc.dashboard.ratings.RatingFilter;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The optional column "Mức độ hài lòng" (format 1.1): each rated row records the dossier's rating, counted on the day
 * its result was returned (the example row: 04/03/2025), in the import's one transaction; a bad level is an error of
 * its row and column and the file writes nothing; importing again corrects the rating, never duplicates it.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
@WithMockUser(roles = "RECEPTION")
class RatingImportTest {

    private static final LocalDate RETURNED = LocalDate.of(2025, 3, 4);

    @Autowired
    DossierImportService imports;
    @Autowired
    DossierService dossiers;
    @Autowired
    RatingService ratings;
    @TempDir
    Path dir;

    private ImportResult importCsv(List<Map<ImportColumn, Object>> rows) throws IOException {
        List<List<Object>> cells = rows.stream().map(ImportFiles::cells).toList();
        Path file = ImportFiles.csv(dir, "ds.csv", ImportFiles.csvText(';', ImportFiles.HEADERS, cells), false);
        return imports.importFile(file, "ds.csv", ImportProgress.NONE);
    }

    private RatingCounts rated() {
        return SystemAccess.asAdmin(() -> ratings.counts(Period.of(RETURNED, RETURNED), RatingFilter.ALL));
    }

    @Test
    void ratedRowsRecordTheirDossiersRatingAndAnotherImportCorrectsIt() throws IOException {
        ImportResult result = importCsv(List.of(with(valid("DG-1"), SATISFACTION, "Rất hài lòng"),
                with(valid("DG-2"), SATISFACTION, "hai long"), with(valid("DG-3"), SATISFACTION, "CHƯA HÀI LÒNG"),
                with(valid("DG-4"), SATISFACTION, "")));
        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(4);
        assertThat(rated()).as("DG-4 is not rated").isEqualTo(new RatingCounts(1, 1, 1));
        assertThat(rated().formattedRate()).isEqualTo("66,66%");
        var unsatisfied = SystemAccess.asAdmin(() -> ratings.unsatisfied(Period.of(RETURNED, RETURNED),
                RatingFilter.ALL, false, org.springframework.data.domain.PageRequest.of(0, 5))).getContent();
        assertThat(unsatisfied).extracting(r -> r.subject(), r -> r.fieldName(), r -> r.counterName())
                .containsExactly(tuple("DG-3", "Hộ tịch", ""));

        importCsv(List.of(with(valid("DG-3"), SATISFACTION, "Hài lòng"), with(valid("DG-4"), SATISFACTION, "")));
        assertThat(rated()).isEqualTo(new RatingCounts(1, 2, 0));
    }

    @Test
    void aBadLevelIsAnErrorAtItsRowAndColumnAndTheFileWritesNothing() throws IOException {
        ImportResult result = importCsv(List.of(with(valid("DG-5"), SATISFACTION, "Rất hài lòng"),
                with(valid("DG-6"), SATISFACTION, "Tuyệt vời")));
        assertThat(result.errors()).extracting(ImportError::row, ImportError::column, ImportError::value,
                ImportError::messageKey).containsExactly(tuple(3L, "Mức độ hài lòng", "Tuyệt vời",
                        "import.error.satisfaction"));
        assertThat(dossiers.findByCode("DG-5")).isEmpty();
        assertThat(rated()).isEqualTo(RatingCounts.EMPTY);
    }
}
