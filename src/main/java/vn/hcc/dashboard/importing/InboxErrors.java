package vn.hcc.dashboard.importing;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.ui.AppLocales;

/**
 * The error list of a file the watched folder could not import, one Vietnamese line per error as the import
 * screen shows it: row, column, the value found and the reason. Nobody reads it in a browser, so it is text.
 */
final class InboxErrors {

    private final I18NProvider translations;

    InboxErrors(I18NProvider translations) {
        this.translations = translations;
    }

    /** The file's invalid rows (the first {@value DossierImportService#MAX_ERRORS}, then how many more). */
    List<String> of(ImportResult result) {
        List<String> lines = new ArrayList<>();
        for (ImportError e : result.errors()) {
            String reason = text(e.messageKey(), e.argsArray());
            lines.add(e.value() == null || e.value().isBlank()
                    ? text("import.inbox.error", String.valueOf(e.row()), e.column(), reason)
                    : text("import.inbox.error-value", String.valueOf(e.row()), e.column(), e.value(), reason));
        }
        if (result.errorCount() > result.errors().size()) {
            lines.add(text("import.inbox.more-errors", String.valueOf(result.errorCount() - result.errors().size())));
        }
        return lines;
    }

    /** The file refused as a whole (type, size, unreadable). */
    List<String> of(FieldValidationException refused) {
        return List.of(text(refused.messageKey(), refused.args()));
    }

    /** A failure of the system, not of the file: the details are in the log. */
    List<String> failed() {
        return List.of(text("import.failed"));
    }

    private String text(String key, Object... args) {
        return translations.getTranslation(key, AppLocales.VIETNAMESE, args);
    }
}
