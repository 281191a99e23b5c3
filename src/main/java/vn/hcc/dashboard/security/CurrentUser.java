package vn.hcc.dashboard.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user as the services and the layout see it. */
@Component
public class CurrentUser {

    public Optional<String> username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? Optional.empty() : Optional.ofNullable(auth.getName());
    }

    public Set<Role> roles() {
        return rolesOf(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The roles an authentication holds, from its {@code ROLE_} authorities; none for {@code null}. */
    static Set<Role> rolesOf(Authentication auth) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (auth != null) {
            for (GrantedAuthority a : auth.getAuthorities()) {
                for (Role r : Role.values()) {
                    if (r.authority().equals(a.getAuthority())) {
                        roles.add(r);
                    }
                }
            }
        }
        return roles;
    }

    /** Whether the signed-in user's roles grant {@code permission} ({@link Permission}'s table). */
    public boolean may(Permission permission) {
        return permission.grantedToAny(roles());
    }
}
