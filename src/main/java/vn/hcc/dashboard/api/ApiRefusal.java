package vn.hcc.dashboard.api;

/** A request the API refuses as a whole: the status, the field at fault (may be null), the message key and args. */
final class ApiRefusal extends RuntimeException {

    final int status;
    final String field;
    final String key;
    final transient Object[] args;

    ApiRefusal(int status, String field, String key, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.field = field;
        this.key = key;
        this.args = args;
    }

    static ApiRefusal forbidden(String key) {
        return new ApiRefusal(403, null, key);
    }
}
