package vn.hcc.dashboard.pakn;

import org.springframework.security.access.AccessDeniedException;

/**
 * A PAKN handler asked for a petition assigned to someone else (for example by typing its URL). An access refusal,
 * so every generic handler treats it as one; the item view explains it with {@code pakn.error.not-yours}.
 */
public class NotYourPaknException extends AccessDeniedException {

    public NotYourPaknException(long id) {
        super("PAKN " + id + " is assigned to another handler");
    }
}
