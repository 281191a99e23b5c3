package vn.hcc.dashboard.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV dialects Excel and the provincial software write, read cell for cell. */
class CsvRowReaderTest {

    @TempDir
    Path dir;

    private List<String> read(String content, boolean bom) throws IOException {
        List<String> rows = new ArrayList<>();
        new CsvRowReader().read(ImportFiles.csv(dir, "t.csv", content, bom), (n, cells) -> rows.add(n + ":" + cells));
        return rows;
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() throws IOException {
        assertThat(read("Mã hồ sơ;Lĩnh vực\r\nA;Hộ tịch\r\n", true))
                .containsExactly("1:[Mã hồ sơ, Lĩnh vực]", "2:[A, Hộ tịch]");
    }

    @Test
    void semicolonsWinWhenTheHeaderHasMoreOfThem() throws IOException {
        assertThat(read("Mã hồ sơ;Phí, lệ phí;Lĩnh vực\n1;53.366.000;Đất đai\n", false))
                .containsExactly("1:[Mã hồ sơ, Phí, lệ phí, Lĩnh vực]", "2:[1, 53.366.000, Đất đai]");
        assertThat(read("\"Phí; lệ phí\",Mã hồ sơ,Lĩnh vực\n\"1;2\",A,B\n", false))
                .containsExactly("1:[Phí; lệ phí, Mã hồ sơ, Lĩnh vực]", "2:[1;2, A, B]");
    }

    @Test
    void quotedFieldsKeepSeparatorsQuotesAndLineBreaksAndCountAsOneRow() throws IOException {
        assertThat(read("a,b\r\n\"x,1\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",z\r\n,\r\n\r\nlast,\n", false))
                .containsExactly("1:[a, b]", "2:[x,1, say \"hi\"]", "3:[two\r\nlines, z]", "6:[last, ]");
    }

    @Test
    void anEmptyFileHasNoRows() throws IOException {
        assertThat(read("", true)).isEmpty();
        assertThat(read("\r\n\r\n", false)).isEmpty();
    }
}
