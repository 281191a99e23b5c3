package vn.hcc.dashboard.bench;

import java.util.Locale;

/**
 * One line of the bench table: what was measured, the anchor measured in the same run, their ratio and the goal.
 * {@code met} says whether the goal was reached; a missed goal is reported, a ratio under its floor fails the run.
 */
public record BenchLine(String figure, String measured, String anchor, String ratio, String goal, boolean met) {

    public String markdown() {
        return "| " + figure + " | " + measured + " | " + anchor + " | " + ratio + " | " + goal + " | "
                + (met ? "met" : "**missed**") + " |";
    }

    /** Milliseconds as the table writes them, with a decimal comma as in the product's Vietnamese figures. */
    public static String millis(double ms) {
        return String.format(Locale.forLanguageTag("vi-VN"), ms < 10 ? "%.2f ms" : ms < 100 ? "%.1f ms" : "%,.0f ms",
                ms);
    }

    public static String rate(double perSecond, String unit) {
        return String.format(Locale.forLanguageTag("vi-VN"), "%,.0f %s/s", perSecond, unit);
    }

    public static String times(double ratio) {
        return String.format(Locale.forLanguageTag("vi-VN"), ratio < 10 ? "%.2f×" : "%.1f×", ratio);
    }

    public static String percent(double fraction) {
        return String.format(Locale.forLanguageTag("vi-VN"), "%.0f %%", fraction * 100);
    }
}
