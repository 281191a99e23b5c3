package vn.hcc.dashboard.security;

import java.util.Set;

/**
 * What {@link UserService} tells of every change to an account, in the transaction of the change. The audit trail
 * implements it ({@code audit.UserAudit}): security stays free of features, audit depends on security, as intake's
 * {@code DossierChanges} keeps intake free of the figures.
 */
public interface UserChanges {

    /** What the trail may know of an account: never its password hash. */
    record Snapshot(String username, String fullName, Set<Role> roles, boolean enabled) {

        static Snapshot of(AppUser user) {
            return new Snapshot(user.getUsername(), user.getFullName(), Set.copyOf(user.getRoles()),
                    user.isEnabled());
        }
    }

    /** {@code before == null}: a new account. */
    void changed(long id, Snapshot before, Snapshot after);

    /** The password was set by the administrator; only that it happened, never the value. */
    void passwordSet(long id, String username);
}
