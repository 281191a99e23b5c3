package vn.hcc.dashboard.importing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The import's meters: {@code hcc_import_duration_seconds} per outcome (imported, invalid: rows with errors,
 * refused: the file as a whole, error: a failure of the system), {@code hcc_import_rows_total} per result (created,
 * updated, unchanged; counted once the import's transaction has committed, so a rolled-back import adds none) and
 * {@code hcc_import_failures_total} per reason.
 */
@Component
class ImportMeters {

    enum Outcome {
        IMPORTED, INVALID, REFUSED, ERROR
    }

    private final MeterRegistry registry;
    private final Counter created;
    private final Counter updated;
    private final Counter unchanged;

    ImportMeters(MeterRegistry registry) {
        this.registry = registry;
        this.created = rows(registry, "created");
        this.updated = rows(registry, "updated");
        this.unchanged = rows(registry, "unchanged");
    }

    private static Counter rows(MeterRegistry registry, String result) {
        return Counter.builder("hcc.import.rows").description("Dossier rows imported").tag("result", result)
                .register(registry);
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    /** Records the import's time and outcome; a file refused or failed also counts as a failure. */
    void finished(Timer.Sample sample, Outcome outcome) {
        String name = outcome.name().toLowerCase();
        sample.stop(Timer.builder("hcc.import.duration").description("Time to check and import a file")
                .tag("outcome", name).register(registry));
        if (outcome != Outcome.IMPORTED) {
            registry.counter("hcc.import.failures", "reason", name).increment();
        }
    }

    /** The rows of a successful import, counted after its commit. */
    void imported(ImportResult result) {
        Runnable count = () -> {
            created.increment(result.created());
            updated.increment(result.updated());
            unchanged.increment(result.unchanged());
        };
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
