package vn.hcc.dashboard.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.concurrent.CompletableFuture;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.ratings.ImportedRating;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * Imports dossier lists exported from the provincial one-stop software (the columns of {@link ImportColumn}). All
 * or nothing: pass 1 streams the file and checks every row, collecting every error; only a file without errors is
 * streamed a second time and upserted by dossier code in this one transaction, in batches whose persistence context is
 * flushed and cleared, so neither the file nor the dossier table is ever held in memory. Open dashboards hear of
 * the new figures once the transaction has committed. A row's citizen rating ("Mức độ hài lòng") is recorded with
 * its dossier in the same transaction, through the ratings' service.
 */
@Service
@Transactional
@Requires(Permission.DOSSIER_IMPORT)
public class DossierImportService {

    /** Rows per batch: existing dossiers are looked up and the persistence context cleared per batch. */
    static final int BATCH_SIZE = 500;
    /** Errors kept for the screen and the error list; beyond this only the count grows. */
    public static final int MAX_ERRORS = 100_000;
    private static final int PROGRESS_EVERY = 1_000;

    private final DossierService dossiers;
    private final FieldService fields;
    private final UnitService units;
    private final ProcedureService procedures;
    private final WorkingDayCalendar calendar;
    private final Broadcaster broadcaster;
    private final long maxBytes;
    private final Clock clock;
    private final RatingService ratings;
    private final ImportMeters meters;

    DossierImportService(DossierService dossiers, FieldService fields, UnitService units,
            ProcedureService procedures, WorkingDayCalendar calendar, Broadcaster broadcaster,
            @Value("${app.import.max-bytes:52428800}") long maxBytes, Clock clock, RatingService ratings,
            ImportMeters meters) {
        this.ratings = ratings;
        this.meters = meters;
        this.dossiers = dossiers;
        this.fields = fields;
        this.units = units;
        this.procedures = procedures;
        this.calendar = calendar;
        this.broadcaster = broadcaster;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The largest file accepted, in bytes ({@code app.import.max-bytes}). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public long maxBytes() {
        return maxBytes;
    }

    /** The limit as users read it: "50 MB" (limits below a megabyte, as in tests, in kB). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public String maxSizeText() {
        return megabytes(maxBytes);
    }

    /**
     * {@link #importFile} on a background thread, as the signed-in user (the security context goes along): the view
     * follows it through {@code progress} and the future, and stays responsive meanwhile. One transaction, as
     * {@code importFile}'s.
     */
    @Async
    public CompletableFuture<ImportResult> importInBackground(Path file, String fileName, ImportProgress progress) {
        return CompletableFuture.completedFuture(importFile(file, fileName, progress));
    }

    /**
     * Imports {@code file}, whose type is told by {@code fileName} (.xlsx or .csv). A file that is too large, of
     * another type or unreadable is refused with a {@link FieldValidationException} on "file"; a file with invalid
     * rows returns its errors and changes nothing.
     */
    public ImportResult importFile(Path file, String fileName, ImportProgress progress) {
        Timer.Sample sample = meters.start();
        ImportResult result;
        try {
            result = importChecked(file, fileName, progress);
        } catch (FieldValidationException e) {
            meters.finished(sample, ImportMeters.Outcome.REFUSED);
            throw e;
        } catch (RuntimeException | Error e) {
            meters.finished(sample, ImportMeters.Outcome.ERROR);
            throw e;
        }
        if (result.succeeded()) {
            meters.finished(sample, ImportMeters.Outcome.IMPORTED);
            meters.imported(result);
        } else {
            meters.finished(sample, ImportMeters.Outcome.INVALID);
        }
        return result;
    }

    private ImportResult importChecked(Path file, String fileName, ImportProgress progress) {
        RowReader reader = RowReader.forFileName(fileName)
                .orElseThrow(() -> new FieldValidationException("file", "import.error.file-type"));
        if (size(file) > maxBytes) {
            throw new FieldValidationException("file", "import.error.too-large", megabytes(maxBytes));
        }
        ImportCatalog catalog = catalog();
        ImportValidation check = new ImportValidation(catalog, progress);
        read(reader, file, check);
        if (check.errorCount() > 0 || check.header() == null) {
            return new ImportResult(0, 0, 0, check.unknownColumns(), check.errors(), check.errorCount());
        }
        Writer writer = new Writer(new DossierRowParser(check.header(), catalog), check.rows(), progress);
        read(reader, file, writer::row);
        writer.flush();
        progress.update(2, writer.read, check.rows());
        if (writer.created + writer.updated > 0) {
            // many dossiers changed at once: no single id to name, listeners refresh what they show
            broadcaster.publishAfterCommit(DossierService.TOPIC, null);
        }
        return new ImportResult(writer.created, writer.updated, writer.unchanged, check.unknownColumns(), List.of(),
                0);
    }

    /**
     * Saves the dossier API's items ({@link ImportItems}) as a file's rows: the same checks and messages, all or
     * nothing, upserted by code. {@code allowed} says whether the caller may write a checked item's dossier (an API
     * key scoped to some units); an item it refuses is an error at its unit.
     */
    public ItemsResult importItems(List<? extends Map<String, ?>> items, Predicate<DossierData> allowed) {
        List<ItemError> errors = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            rows.add(ImportItems.cells(i, items.get(i), errors::add));
        }
        ImportCatalog catalog = catalog();
        ImportValidation check = new ImportValidation(catalog, ImportProgress.NONE, allowed);
        check.row(1, ImportItems.header());
        for (int i = 0; i < rows.size(); i++) {
            check.row(ImportItems.row(i), rows.get(i));
        }
        check.errors().forEach(e -> errors.add(ImportItems.of(e)));
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparing(ItemError::index));
            return new ItemsResult(0, 0, 0, errors);
        }
        Writer writer = new Writer(new DossierRowParser(check.header(), catalog), rows.size(), ImportProgress.NONE);
        writer.row(1, ImportItems.header());
        for (int i = 0; i < rows.size(); i++) {
            writer.row(ImportItems.row(i), rows.get(i));
        }
        writer.flush();
        if (writer.created + writer.updated > 0) {
            broadcaster.publishAfterCommit(DossierService.TOPIC, null);
        }
        return new ItemsResult(writer.created, writer.updated, writer.unchanged, List.of());
    }

    /** The template with the header row, an example row and the guide, in the user's language. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void writeTemplate(OutputStream out, ImportTexts texts) {
        try {
            ImportWorkbooks.writeTemplate(out, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The errors of a refused import as an .xlsx list, for files with more errors than a screen shows. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void writeErrorList(List<ImportError> errors, OutputStream out, ImportTexts texts) {
        try {
            ImportWorkbooks.writeErrors(errors, out, texts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(RowReader reader, Path file, RowReader.RowSink sink) {
        try {
            reader.read(file, sink);
        } catch (CsvRowReader.NotUtf8Exception e) {
            throw new FieldValidationException("file", "import.error.not-utf8");
        } catch (IOException | org.apache.poi.ooxml.POIXMLException e) {
            throw new FieldValidationException("file", "import.error.unreadable");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(long bytes) {
        long mb = 1024 * 1024;
        return bytes >= mb ? VnFormat.number(bytes / mb) + " MB"
                : VnFormat.number(Math.max(1, bytes / 1024)) + " kB";
    }

    private ImportCatalog catalog() {
        return new ImportCatalog(fields.listAll(), units.listAll(), allProcedures(), calendar.snapshot(),
                LocalDateTime.now(clock));
    }

    private List<Procedure> allProcedures() {
        List<Procedure> all = new ArrayList<>();
        Page<Procedure> page;
        int number = 0;
        do {
            page = procedures.search("", null, null, PageRequest.of(number++, 1_000, Sort.by("id")));
            all.addAll(page.getContent());
        } while (page.hasNext());
        return all;
    }

    /** Pass 2: upserts the rows batch by batch and counts what happened to each dossier. */
    private final class Writer {
        private final DossierRowParser parser;
        private final long total;
        private final ImportProgress progress;
        private final List<DossierData> batch = new ArrayList<>(BATCH_SIZE);
        private final List<ImportedRating> rated = new ArrayList<>();
        private boolean header = true;
        long read;
        long created;
        long updated;
        long unchanged;

        Writer(DossierRowParser parser, long total, ImportProgress progress) {
            this.parser = parser;
            this.total = total;
            this.progress = progress;
        }

        void row(long number, List<Object> cells) {
            if (header) {
                header = false;
                return;
            }
            DossierData d = parser.parse(number, cells, e -> {
                throw new IllegalStateException("row " + number + " changed after it was checked: " + e);
            });
            batch.add(d);
            ImportedRating rating = parser.rating(cells, d);
            if (rating != null) {
                rated.add(rating);
            }
            if (batch.size() == BATCH_SIZE) {
                flush();
            }
            if (++read % PROGRESS_EVERY == 0) {
                progress.update(2, read, total);
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            DossierService.Upserted done = dossiers.upsert(batch, DossierImportService::keepLocalValues);
            created += done.created();
            updated += done.updated();
            unchanged += done.unchanged();
            batch.clear();
            if (!rated.isEmpty()) {
                // the dossiers' ratings (column "Mức độ hài lòng"), in the same transaction: all or nothing
                ratings.importRatings(rated);
                rated.clear();
            }
        }
    }

    /**
     * The file carries no handler and no apology details: an update keeps the ones recorded in the product, the
     * letter's details only while the file still says a letter was sent and the new date still lies after the due
     * date the file gives. An optional record the file leaves empty (or a file without that column) keeps what the
     * product recorded: empty means the software did not say, not "no".
     */
    static DossierData keepLocalValues(DossierData file, DossierData current) {
        boolean letter = file.apologySent();
        LocalDate newDue = letter && current.newDueOn() != null && current.newDueOn().isAfter(file.dueOn())
                ? current.newDueOn() : null;
        return file.toBuilder().apologySent(letter).apologyReason(letter ? current.apologyReason() : null)
                .newDueOn(newDue).handler(current.handler())
                .componentsStored(either(file.componentsStored(), current.componentsStored()))
                .resultStored(either(file.resultStored(), current.resultStored()))
                .reusedData(either(file.reusedData(), current.reusedData())).build();
    }

    private static Boolean either(Boolean file, Boolean current) {
        return file != null ? file : current;
    }
}
