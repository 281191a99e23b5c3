package vn.hcc.dashboard.pakn;

/** new → assigned → answered → published, or hidden (with a reason) at any point before publication. */
public enum PaknStatus {
    NEW, ASSIGNED, ANSWERED, PUBLISHED, HIDDEN;

    /** Published answers and hidden items change no more. */
    public boolean isFinal() {
        return this == PUBLISHED || this == HIDDEN;
    }

    /** Still waiting for an answer. */
    public boolean isOpen() {
        return this == NEW || this == ASSIGNED;
    }
}
