package vn.hcc.dashboard.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The login's password check (Spring's {@link DaoAuthenticationProvider} on the app's users) behind the throttle of
 * {@link SignInLog}: a locked account or address is refused before its password is looked at, a wrong password is
 * answered after a growing delay, and every attempt is written to the log.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

    /** A refusal because of a lock, with the time it ends, for the login page's message. */
    static final class SignInLockedException extends LockedException {
        private final transient SignInLog.Lock lock;

        SignInLockedException(SignInLog.Lock lock) {
            super("Sign-in locked until " + lock.until());
            this.lock = lock;
        }

        SignInLog.Lock lock() {
            return lock;
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final SignInLog log;

    ThrottledAuthentication(UserDetailsService users, PasswordEncoder encoder, SignInLog log) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.log = log;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        var lock = log.lock(username, ip);
        if (lock.isPresent()) {
            log.record(username, ip, SignInAttempt.Outcome.LOCKED);
            throw new SignInLockedException(lock.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            log.record(username, ip, SignInAttempt.Outcome.SUCCESS);
            return result;
        } catch (DisabledException e) {
            log.record(username, ip, SignInAttempt.Outcome.DISABLED);
            throw e;
        } catch (BadCredentialsException e) {
            log.record(username, ip, SignInAttempt.Outcome.BAD_CREDENTIALS);
            pause(log.delayAfterFailure(username));
            throw e;
        }
    }

    private static void pause(Duration delay) {
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Sends a refused sign-in back to the login page: {@code ?locked=<minutes left>} for a lock, else {@code ?error}. */
    static AuthenticationFailureHandler failureHandler(Clock clock) {
        DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String target = "/login?error";
            if (e instanceof SignInLockedException locked) {
                long seconds = Duration.between(LocalDateTime.now(clock), locked.lock().until()).toSeconds();
                target = "/login?locked=" + Math.max(1, (seconds + 59) / 60);
            }
            redirectTo(redirect, request, response, target);
        };
    }

    private static void redirectTo(DefaultRedirectStrategy redirect, HttpServletRequest request,
            HttpServletResponse response, String target) throws IOException {
        redirect.sendRedirect(request, response, target);
    }
}
