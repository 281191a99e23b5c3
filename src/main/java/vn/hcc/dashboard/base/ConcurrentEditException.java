package vn.hcc.dashboard.base;

/** Someone else saved the same record after the user opened it; the user's save is refused, nothing is overwritten. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String entity, Object id) {
        super(entity + " " + id + " was changed by another user");
    }

    /** Compares the version the user loaded with the stored one. */
    public static void check(String entity, Object id, long expected, long actual) {
        if (expected != actual) {
            throw new ConcurrentEditException(entity, id);
        }
    }
}
