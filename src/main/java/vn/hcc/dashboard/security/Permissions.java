package vn.hcc.dashboard.security;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The permission table as method security evaluates it: {@code @permissions.allows(authentication, 'X')}, behind
 * {@link Requires}, after {@code isAuthenticated()}: a call without a signed-in user fails as unauthenticated before
 * any permission is looked at. A user's permissions come from their roles; an API key holds its few permissions
 * directly ({@link Permission#authority()}).
 */
@Component("permissions")
public class Permissions {

    public boolean allows(Authentication authentication, String permission) {
        Permission p = Permission.valueOf(permission);
        return p.grantedToAny(CurrentUser.rolesOf(authentication)) || holdsDirectly(authentication, p);
    }

    /** Whether the authentication holds the permission's own authority (an API key does, a user never). */
    static boolean holdsDirectly(Authentication authentication, Permission permission) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> permission.authority().equals(a.getAuthority()));
    }
}
