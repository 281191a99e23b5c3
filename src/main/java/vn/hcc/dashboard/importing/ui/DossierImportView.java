package vn.hcc.dashboard.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.PermitAll;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.base.ui.MenuTitled;
import vn.hcc.dashboard.importing.DossierImportService;
import vn.hcc.dashboard.importing.ImportError;
import vn.hcc.dashboard.importing.ImportResult;
import vn.hcc.dashboard.importing.ImportTexts;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * Imports a dossier list from the provincial one-stop software. The upload streams to a temporary file, capped at
 * the import limit while it is read ({@link CappedUpload}); the import
 * runs in a background thread (a large file takes a while) and reports its progress through Vaadin Push, then shows
 * either what was created and updated or every invalid row with the reason, downloadable as a list.
 */
@Route("intake/import")
@Menu(title = "nav.intake.import", order = 120, icon = "UPLOAD")
@PermitAll
@Requires(Permission.DOSSIER_IMPORT)
class DossierImportView extends VerticalLayout implements MenuTitled {

    private static final Logger LOG = LoggerFactory.getLogger(DossierImportView.class);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final DossierImportService imports;
    private final Locale locale;
    private final Upload upload;
    private final ProgressBar progressBar = new ProgressBar();
    private final Span progressText = new Span();
    private final Div result = new Div();

    DossierImportView(DossierImportService imports) {
        this.imports = imports;
        this.locale = getLocale();
        String limit = imports.maxSizeText();
        Paragraph intro = new Paragraph(getTranslation("import.intro", limit));
        Paragraph allOrNothing = new Paragraph(getTranslation("import.all-or-nothing"));
        Anchor template = download(getTranslation("import.template.download"), getTranslation("import.template.file"),
                out -> imports.writeTemplate(out, texts()));
        template.setId("template");

        upload = new Upload(new CappedUpload(imports.maxBytes(), Path.of(System.getProperty("java.io.tmpdir")),
                () -> getTranslation(locale, "import.error.too-large", limit), this::received,
                (event, message) -> access(event.getUI(), () -> refused(message))));
        upload.setId("upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, imports.maxBytes()));
        upload.setAcceptedFileTypes(".xlsx", ".csv", XLSX, "text/csv");
        upload.setI18n(uploadTexts(limit));
        upload.addFileRejectedListener(e -> FormErrors.error(getTranslation("import.upload.rejected", limit)));

        progressBar.setId("progress");
        progressText.setId("progress-text");
        progressBar.setVisible(false);
        progressText.setVisible(false);
        result.setId("result");
        result.setWidthFull();
        setMaxWidth("1200px");
        add(intro, allOrNothing, template, upload, progressText, progressBar, result);
    }

    /** The file is complete (and within the limit): hand it to the UI, or delete it if the page has gone. */
    private void received(UploadEvent event, Path file) {
        UploadMetadata metadata = new UploadMetadata(event.getFileName(), event.getContentType(),
                event.getFileSize());
        try {
            event.getUI().access(() -> uploaded(metadata, file.toFile()));
        } catch (UIDetachedException e) {
            CappedUpload.delete(file);
        }
    }

    /** Runs inside {@code UI.access} once the file is on disk; hands it to the import thread. */
    private void uploaded(UploadMetadata metadata, File file) {
        UI ui = UI.getCurrent();
        result.removeAll();
        upload.setEnabled(false);
        progressBar.setIndeterminate(true);
        progressBar.setVisible(true);
        progressText.setText(getTranslation("import.progress.checking", VnFormat.number(0)));
        progressText.setVisible(true);
        String fileName = metadata.fileName();
        imports.importInBackground(file.toPath(), fileName,
                (pass, rows, total) -> access(ui, () -> showProgress(pass, rows, total)))
                .whenComplete((outcome, error) -> {
                    finishedWith(ui, fileName, outcome, error);
                    CappedUpload.delete(file.toPath());
                });
    }

    private void finishedWith(UI ui, String fileName, ImportResult outcome, Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        switch (cause) {
            case null -> access(ui, () -> show(outcome));
            case FieldValidationException e -> access(ui, () -> refused(getTranslation(e.messageKey(), e.args())));
            case AccessDeniedException e -> access(ui, () -> refused(getTranslation("error.forbidden")));
            default -> {
                LOG.error("import of {} failed", fileName, cause);
                access(ui, () -> refused(getTranslation("import.failed")));
            }
        }
    }

    private void showProgress(int pass, long rows, long total) {
        if (pass == 1) {
            progressText.setText(getTranslation("import.progress.checking", VnFormat.number(rows)));
        } else {
            progressBar.setIndeterminate(false);
            progressBar.setValue(total <= 0 ? 1 : Math.min(1, (double) rows / total));
            progressText.setText(getTranslation("import.progress.saving", VnFormat.number(rows),
                    VnFormat.number(total)));
        }
    }

    private void show(ImportResult outcome) {
        finished();
        if (outcome.succeeded()) {
            Paragraph summary = new Paragraph(getTranslation("import.summary", VnFormat.number(outcome.rows()),
                    VnFormat.number(outcome.created()), VnFormat.number(outcome.updated()),
                    VnFormat.number(outcome.unchanged())));
            summary.setId("summary");
            result.add(summary);
            if (!outcome.unknownColumns().isEmpty()) {
                Paragraph unknown = new Paragraph(getTranslation("import.summary.unknown-columns",
                        String.join(", ", outcome.unknownColumns())));
                unknown.setId("unknown-columns");
                result.add(unknown);
            }
            FormErrors.success(getTranslation("import.done"));
            return;
        }
        Paragraph summary = new Paragraph(getTranslation("import.errors.summary",
                VnFormat.number(outcome.errorCount())));
        summary.setId("error-summary");
        result.add(summary);
        if (outcome.errorCount() > outcome.errors().size()) {
            result.add(new Paragraph(getTranslation("import.errors.truncated",
                    VnFormat.number(outcome.errors().size()))));
        }
        List<ImportError> errors = outcome.errors();
        Anchor list = download(getTranslation("import.errors.download"), getTranslation("import.errors.file"),
                out -> imports.writeErrorList(errors, out, texts()));
        list.setId("error-download");
        result.add(list, errorGrid(errors));
    }

    private Grid<ImportError> errorGrid(List<ImportError> errors) {
        Grid<ImportError> grid = new Grid<>();
        grid.setId("errors");
        grid.addColumn(ImportError::row).setKey("row").setHeader(getTranslation("import.errors.row"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportError::column).setKey("column").setHeader(getTranslation("import.errors.column"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportError::value).setKey("value").setHeader(getTranslation("import.errors.value"))
                .setWidth("13rem").setFlexGrow(0);
        grid.addColumn(e -> getTranslation(e.messageKey(), e.argsArray())).setKey("message")
                .setHeader(getTranslation("import.errors.reason")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(errors);
        grid.setHeight("28em");
        return grid;
    }

    private void refused(String message) {
        finished();
        Paragraph refusal = new Paragraph(message);
        refusal.setId("refused");
        result.add(refusal);
        FormErrors.error(message);
    }

    private void finished() {
        progressBar.setVisible(false);
        progressText.setVisible(false);
        upload.clearFileList();
        upload.setEnabled(true);
    }

    /** Texts for the files, in the language the user had when the page opened (downloads run off the UI). */
    private ImportTexts texts() {
        return (key, args) -> getTranslation(locale, key, args);
    }

    private static Anchor download(String text, String fileName, Consumer<OutputStream> writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType(XLSX);
            try (OutputStream out = event.getOutputStream()) {
                writer.accept(out);
            }
        };
        Anchor anchor = new Anchor(handler, text);
        var icon = VaadinIcon.DOWNLOAD.create();
        icon.setSize("var(--lumo-icon-size-s)");
        anchor.addComponentAsFirst(icon);
        anchor.getStyle().set("display", "inline-flex").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)");
        return anchor;
    }

    private UploadI18N uploadTexts(String limit) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("import.upload.rejected", limit))
                        .setIncorrectFileType(getTranslation("import.upload.rejected", limit))
                        .setTooManyFiles(getTranslation("import.upload.one-file")));
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            // the user left the page; the import itself has finished or goes on regardless
        }
    }
}
