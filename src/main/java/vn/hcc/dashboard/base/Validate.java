package vn.hcc.dashboard.base;

import java.util.regex.Pattern;

/** The checks every form repeats, raising {@link FieldValidationException} with the shared message keys. */
public final class Validate {

    /** Digits, optionally grouped by dots as Vietnamese write them ("53.366.000"), with an optional "đ" after. */
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?(\\d{1,3}(\\.\\d{3})+|\\d+)\\s*(đ|Đ)?");

    private Validate() {
    }

    /** A required text of at most {@code max} characters, trimmed. */
    public static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new FieldValidationException(field, "validation.required");
        }
        String v = value.trim();
        if (v.length() > max) {
            throw new FieldValidationException(field, "validation.too-long", max);
        }
        return v;
    }

    /** An optional text of at most {@code max} characters, trimmed; {@code ""} when empty. */
    public static String optionalText(String field, String value, int max) {
        return value == null || value.isBlank() ? "" : text(field, value, max);
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new FieldValidationException(field, "validation.required");
        }
        return value;
    }

    public static long range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new FieldValidationException(field, "validation.range", min, max);
        }
        return value;
    }

    /**
     * A whole number typed by a user in Vietnamese format: {@code 53.366.000}, {@code 53366000} or
     * {@code 53.366.000 đ}. A comma is refused because in Vietnamese it starts decimals, which a count or a fee in
     * đồng never has.
     */
    public static long wholeNumber(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new FieldValidationException(field, "validation.required");
        }
        String t = text.strip();
        if (!WHOLE_NUMBER.matcher(t).matches()) {
            throw new FieldValidationException(field, "validation.number");
        }
        try {
            return Long.parseLong(t.replaceAll("[^-0-9]", ""));
        } catch (NumberFormatException tooLong) {
            throw new FieldValidationException(field, "validation.number");
        }
    }
}
