package vn.hcc.dashboard.reports;

import vn.hcc.dashboard.base.Period;
import java.util.Optional;
import java.util.Set;

/**
 * One report the reports view offers. Adding a report is adding one Spring bean, in the feature the report belongs
 * to, implementing {@link TableReport} (a table that fits in memory: a form with a row per field, unit, procedure…)
 * or {@link ListReport} (any number of rows, streamed); the view collects every bean of this type, shows those
 * {@link #available()} in {@link #order()}, shows only the pickers the report asks for and its {@link #preview}: it
 * never asks which kind of report it has. See package-info for the translation keys a report brings along.
 */
public interface ReportDefinition {

    /** The choices a report reads from the view besides the period. */
    enum Picker {
        /** One reporting unit ({@link ReportRequest#unitId()}, {@code null}: the whole center). */
        REPORTING_UNIT,
        /** Any units, in the order picked ({@link ReportRequest#unitIds()}, empty: all). */
        UNIT_LIST,
        /** The report's own {@link #choice} ({@link ReportRequest#choice()}, {@code null}: none chosen). */
        CHOICE
    }

    /**
     * Stable upper-case key: the view labels the report with translation {@code reports.kind.<key>} and names the
     * sheet {@code reports.sheet.<key>} (at most 31 characters, no {@code / \ ? * [ ]}).
     */
    String key();

    /** File name prefix without diacritics, e.g. {@code BieuII06a}: every mail client keeps it intact. */
    String filePrefix();

    /** Position in the report picker; the built-in reports use 10, 20, … 100. */
    int order();

    Set<Picker> pickers();

    /**
     * The options of the {@link Picker#CHOICE} picker, translated with {@code texts}: present exactly when
     * {@link #pickers()} hold CHOICE (a report without that picker has no choice to offer).
     */
    default Optional<ReportChoice> choice(ReportTexts texts) {
        return Optional.empty();
    }

    /** How a report reads the view's dates. */
    enum Dates {
        /** The period [from, to] (every dossier and PAKN form). */
        RANGE,
        /** A day: the view shows only "as of" and passes it as both {@code from} and {@code to} (staff counts). */
        AS_OF,
        /** Today's state, no date to choose: the view passes today as {@code from} and {@code to} (inventory). */
        CURRENT
    }

    default Dates dates() {
        return Dates.RANGE;
    }

    /**
     * What the view's grid shows for these choices; {@link TableReport} and {@link ListReport} say how, so the view
     * renders any report without knowing which kind it is.
     */
    ReportPreview preview(ReportRequest request, ReportTexts texts);

    /**
     * Writes the report as the .xlsx file a user downloads: the official heading, the table and the signature block.
     * {@link TableReport} and {@link ListReport} say how; a view calls this through {@link ReportExports} (which
     * measures it), never the workbook writer. Returns the number of table rows written.
     */
    long writeTo(ReportRequest request, ReportTexts texts, ReportHeading heading, String sheetName,
            java.io.OutputStream out) throws java.io.IOException;

    /** False hides the report, e.g. until the feature behind it has data to show. */
    default boolean available() {
        return true;
    }

    /** E.g. {@code BieuII06a_2023-12-15_2024-10-31.xlsx}; a report of one day: {@code CanBo_2025-09-30.xlsx}. */
    default String fileName(Period period) {
        if (dates() != Dates.RANGE) {
            return filePrefix() + "_" + period.to() + ".xlsx";
        }
        return filePrefix() + "_" + period.from() + "_" + period.to() + ".xlsx";
    }
}
