package vn.hcc.dashboard.base;

/** The checks every form repeats, raising {@link FieldValidationException} with the shared message keys. */
public final class Validate {

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
}
