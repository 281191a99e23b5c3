package vn.hcc.dashboard.security;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a username and password the way the login form does: the application's {@link UserDetailsService}
 * and {@link PasswordEncoder} behind a {@link DaoAuthenticationProvider}, the provider Spring Security builds
 * for form login from those two beans.
 */
public final class Credentials {

    private Credentials() {
    }

    /** Returns the authentication, or throws BadCredentialsException / DisabledException like the login does. */
    public static Authentication authenticate(ApplicationContext context, String username, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(context.getBean(UserDetailsService.class));
        provider.setPasswordEncoder(context.getBean(PasswordEncoder.class));
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    /** The stored hash, read through the same service the login reads it from. */
    public static String storedPassword(ApplicationContext context, String username) {
        return context.getBean(UserDetailsService.class).loadUserByUsername(username).getPassword();
    }
}
