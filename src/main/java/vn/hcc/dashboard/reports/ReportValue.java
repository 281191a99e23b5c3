package vn.hcc.dashboard.reports;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One cell of a report row. Counts are the only values a total row sums (with a SUM formula). A rate is a
 * {@link Percent} with the value and text its owner states: a KPI's rate comes from the KPI feature's conversion
 * ({@code kpi.KpiReportValues.rate}), so every rate follows the KPI service's one rule, never a report's own
 * division; this contract knows no feature.
 */
public sealed interface ReportValue {

    /** What the grid shows; the workbook writes the typed value instead. */
    String formatted();

    static Count count(long value) {
        return new Count(value);
    }

    /**
     * A figure the system has no data for (nothing records it yet): an empty cell, never a made-up 0. The report
     * says so in a note line; the total row leaves the cell empty too, or sums the rows that do have data.
     */
    static Text noData() {
        return new Text("");
    }

    /** {@code count} when {@code recorded}, else {@link #noData()}. */
    static ReportValue countIfRecorded(long count, boolean recorded) {
        return recorded ? count(count) : noData();
    }

    static Text text(String value) {
        return new Text(value == null ? "" : value);
    }

    /** A number of dossiers (or of anything): Excel {@code #,##0}, summed by the total row. */
    record Count(long value) implements ReportValue {
        @Override
        public String formatted() {
            return vn.hcc.dashboard.base.VnFormat.number(value);
        }
    }

    /**
     * A rate exactly as its owner states it: the value ({@code 99.75}; {@code null}: no data) and its text
     * ({@code "99,75%"}), e.g. a KPI's rate and formatted rate, two decimals cut.
     */
    static Percent percent(BigDecimal percent, String formatted) {
        return new Percent(percent, formatted);
    }

    /** A stored percent such as a target (60.00 for "≥ 60%"); {@code null} shows "–". */
    static Percent percent(BigDecimal percent) {
        return new Percent(percent, percent == null ? "–"
                : vn.hcc.dashboard.base.VnFormat.decimal(percent.doubleValue(), 2) + "%");
    }

    /**
     * A percent ({@code 99.75} for 99,75%): Excel {@code 0.00%} on the fraction, shown 99,75% by Vietnamese Excel;
     * {@code percent == null} (no data) is the text "–". Built by one of the {@code percent} factories.
     */
    record Percent(BigDecimal percent, String formatted) implements ReportValue {
    }

    /** Text, often typed by users: written as an inert string cell even when it starts with = + - @. */
    record Text(String value) implements ReportValue {
        @Override
        public String formatted() {
            return value;
        }
    }

    /** A day: an Excel date cell shown dd/mm/yyyy; {@code null} is an empty cell. */
    record Day(LocalDate value) implements ReportValue {
        @Override
        public String formatted() {
            return value == null ? "" : vn.hcc.dashboard.base.VnFormat.date(value);
        }
    }
}
