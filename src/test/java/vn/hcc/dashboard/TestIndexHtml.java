package vn.hcc.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Vaadin in production mode serves its bootstrap page from {@code META-INF/VAADIN/webapp/index.html}, which only the
 * production front-end build writes. For HTTP tests of whole pages without that build, the project's own
 * {@code frontend/index.html} is put there for the duration of a test class, only when no built one exists (a built
 * one is never shadowed), and removed afterwards.
 */
public final class TestIndexHtml implements AutoCloseable {

    private static final String RESOURCE = "META-INF/VAADIN/webapp/index.html";

    private final Path written;

    private TestIndexHtml(Path written) {
        this.written = written;
    }

    public static TestIndexHtml ensure() {
        if (TestIndexHtml.class.getClassLoader().getResource(RESOURCE) != null) {
            return new TestIndexHtml(null);
        }
        try {
            Path testClasses = Path.of(TestIndexHtml.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = testClasses.resolve(RESOURCE);
            Files.createDirectories(target.getParent());
            Files.copy(Path.of("frontend/index.html"), target);
            return new TestIndexHtml(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (written != null) {
            Files.deleteIfExists(written);
            try (var left = Files.list(written.getParent())) {
                if (left.findAny().isEmpty()) {
                    Files.delete(written.getParent());
                }
            }
        }
    }
}
