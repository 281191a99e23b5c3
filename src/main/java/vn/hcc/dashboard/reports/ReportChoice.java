package vn.hcc.dashboard.reports;

import java.util.List;

/**
 * A report's own picker beside the period and the units (e.g. the dossier list's status): the report supplies every
 * text already translated, and the view passes the chosen option's {@link Option#value()} back as
 * {@link ReportRequest#choice()} ({@code null}: none chosen, the {@code noneLabel} option). So the view and the
 * request need to know nothing of the feature the values come from.
 *
 * @param key names the picker, stable and lower-case: the view's component id is {@code report-<key>}
 * @param label the picker's caption
 * @param noneLabel the caption of choosing nothing ("all")
 * @param options in the order shown
 */
public record ReportChoice(String key, String label, String noneLabel, List<Option> options) {

    public ReportChoice {
        options = List.copyOf(options);
    }

    /** One option: the value the report reads back (e.g. an enum constant's name) and its caption. */
    public record Option(String value, String label) {
    }
}
