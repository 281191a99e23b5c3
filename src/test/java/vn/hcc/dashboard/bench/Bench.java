package vn.hcc.dashboard.bench;

import java.util.List;
import org.springframework.context.ApplicationContext;

/** One benchmark of the suite: measures its figure and the anchor in the same run, and returns the table lines. */
public interface Bench {

    /** The application under test, on {@code port} of this JVM, with {@code settings.rows()} generated dossiers. */
    record Context(ApplicationContext spring, int port, BenchSettings settings) {
        public <T> T bean(Class<T> type) {
            return spring.getBean(type);
        }
    }

    /** The lines of the table, and the notes printed under it (how it was measured, what was seen). */
    record Result(List<BenchLine> lines, List<String> notes) {
    }

    Result run(Context context) throws Exception;
}
