package vn.hcc.dashboard.security;

import java.util.Arrays;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data, the first administrator) through the same role-checked services a user
 * would call, as an administrator named "system", and restores the previous context afterwards.
 */
public final class SystemAccess {

    private SystemAccess() {
    }

    public static <T> T asAdmin(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken("system", null,
                Arrays.stream(Role.values()).map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Runs {@code work} as {@code name} holding only {@code granted} (their own authorities, as an API key holds
     * them; no role), and restores the previous context afterwards. For shared read-only computations whose result
     * is shown to a viewer who is not signed in (the wall on a registered TV): the viewer never holds this identity,
     * only the figures it computed.
     */
    public static <T> T withPermissions(String name, java.util.Set<Permission> granted, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(name, null,
                granted.stream().map(p -> new SimpleGrantedAuthority(p.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void asAdmin(Runnable work) {
        asAdmin(() -> {
            work.run();
            return null;
        });
    }
}
