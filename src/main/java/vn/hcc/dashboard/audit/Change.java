package vn.hcc.dashboard.audit;

/** One field's value before and after a change, as text; {@code null}: no value (a created or deleted record). */
public record Change(String before, String after) {
}
