package vn.hcc.dashboard.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lumo draws grid header cells in a smaller font than body cells, so a column width in {@code em} is narrower in the
 * header than in the rows and every later column drifts out of line (vaadin/flow-components#6849). Widths are rem.
 */
class NoEmWidthsTest {

    private static final Pattern EM_WIDTH = Pattern.compile("Width\\(\"[0-9.]+em\"\\)");

    @Test
    void noViewSetsAWidthInEm() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    return Files.readAllLines(p).stream().filter(l -> EM_WIDTH.matcher(l).find())
                            .map(l -> p + ": " + l.strip());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
