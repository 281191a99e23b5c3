package vn.hcc.dashboard.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The permission table as method security evaluates it: {@code @permissions.allows(authentication, 'X')}, behind
 * {@link Requires}, after {@code isAuthenticated()}: a call without a signed-in user fails as unauthenticated before
 * any permission is looked at.
 */
@Component("permissions")
public class Permissions {

    public boolean allows(Authentication authentication, String permission) {
        return Permission.valueOf(permission).grantedToAny(CurrentUser.rolesOf(authentication));
    }
}
