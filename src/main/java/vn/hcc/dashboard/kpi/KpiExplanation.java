package vn.hcc.dashboard.kpi;

import java.util.List;
import java.util.function.BiFunction;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.targets.Kpi;

/**
 * What a KPI means and how its figure of one period came about: the formula in words, the same formula with the
 * period's counts ({@code numerator} and {@code denominator} empty/null when the figure has no data), what counts
 * and what does not, and the rule it comes from. Every text is a translation key; {@link #numbers} renders the
 * counts in the reader's words.
 */
public record KpiExplanation(Kpi kpi, String formulaKey, List<KpiTerm> numerator, KpiTerm denominator,
        String rate, String countsKey, String sourceKey) {

    public boolean hasNumbers() {
        return denominator != null && !numerator.isEmpty();
    }

    /**
     * "(Trước hạn 207 + Đúng hạn 5) / Đã giải quyết 213 = 99,53%"; {@code null} without numbers. {@code t}
     * translates a key (a view's or a report's getTranslation).
     */
    public String numbers(BiFunction<String, Object[], String> t) {
        if (!hasNumbers()) {
            return null;
        }
        String top = String.join(" + ", numerator.stream().map(term -> term(t, term)).toList());
        if (numerator.size() > 1) {
            top = "(" + top + ")";
        }
        return top + " / " + term(t, denominator) + (rate == null ? "" : " = " + rate);
    }

    private static String term(BiFunction<String, Object[], String> t, KpiTerm term) {
        return t.apply(term.labelKey(), new Object[0]) + " " + VnFormat.number(term.value());
    }
}
