package vn.hcc.dashboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Header matching ignores case, diacritics (đ too), spaces, underscores and punctuation; unknown headers are kept. */
class ImportHeadersTest {

    @Test
    void theSameColumnInEverySpelling() {
        for (String spelling : List.of("Mã hồ sơ", "ma ho so", "MA_HO_SO", "  Mã  Hồ   Sơ ", "MÃ HỒ SƠ")) {
            ImportHeaders.Match match = ImportHeaders.match(List.of(spelling), 1);
            assertThat(match.indexOf(ImportColumn.CODE)).as(spelling).isZero();
            assertThat(match.unknown()).as(spelling).isEmpty();
        }
        assertThat(ImportHeaders.normalize("Đơn vị")).isEqualTo(ImportHeaders.normalize("DON_VI")).isEqualTo("don vi");
        assertThat(ImportHeaders.normalize("Phí, lệ phí")).isEqualTo(ImportHeaders.normalize("phi_le_phi"));
        assertThat(ImportHeaders.normalize("Tạm dừng – NVTC")).isEqualTo("tam dung nvtc");
    }

    @Test
    void everyColumnIsFoundWhereverItStandsAndUnknownOnesAreListed() {
        List<Object> header = new java.util.ArrayList<>(ImportFiles.HEADERS.reversed());
        header.add(3, "Ghi chú");
        header.add(null);
        ImportHeaders.Match match = ImportHeaders.match(header, 1);
        assertThat(match.errors()).isEmpty();
        assertThat(match.unknown()).containsExactly("Ghi chú");
        assertThat(match.indexOf(ImportColumn.SATISFACTION)).isZero();
        assertThat(match.indexOf(ImportColumn.CODE)).isEqualTo(header.indexOf("Mã hồ sơ"));
    }

    @Test
    void missingRequiredColumnsAndTwiceTheSameColumnAreErrorsOfRowOne() {
        ImportHeaders.Match match = ImportHeaders.match(List.of("Mã hồ sơ", "ma_ho_so", "Lĩnh vực"), 1);
        assertThat(match.errors()).extracting(ImportError::row, ImportError::column, ImportError::messageKey)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1L, "ma_ho_so", "import.error.column-twice"),
                        org.assertj.core.groups.Tuple.tuple(1L, "Đơn vị", "import.error.column-missing"),
                        org.assertj.core.groups.Tuple.tuple(1L, "Hình thức nộp", "import.error.column-missing"),
                        org.assertj.core.groups.Tuple.tuple(1L, "Ngày tiếp nhận", "import.error.column-missing"),
                        org.assertj.core.groups.Tuple.tuple(1L, "Ngày hẹn trả", "import.error.column-missing"),
                        org.assertj.core.groups.Tuple.tuple(1L, "Trạng thái", "import.error.column-missing"),
                        org.assertj.core.groups.Tuple.tuple(1L, "Tên thủ tục",
                                "import.error.procedure-column-missing"));
    }
}
