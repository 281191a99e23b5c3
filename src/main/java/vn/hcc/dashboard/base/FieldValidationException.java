package vn.hcc.dashboard.base;

/**
 * A rule a service refused, tied to the form field that caused it. The message is a translation key so that
 * the view shows it in the user's language right at that field.
 */
public class FieldValidationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public FieldValidationException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
