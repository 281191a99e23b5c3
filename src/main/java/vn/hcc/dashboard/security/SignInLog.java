package vn.hcc.dashboard.security;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in log and the throttle built on it. An account is locked for {@link #WINDOW} after
 * {@link #ACCOUNT_LIMIT} wrong passwords within that window (counted since its last sign-in or unlock); an address
 * after {@link #IP_LIMIT} wrong passwords for any accounts, which stops one machine from guessing across many
 * accounts. Both count rows of the log, so a lock survives a restart. The login calls the package-private methods
 * anonymously; the administrator reads the log and lifts locks through the public ones.
 */
@Service
@Transactional
public class SignInLog {

    public static final int ACCOUNT_LIMIT = 5;
    public static final int IP_LIMIT = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX = 64;

    /** Until when sign-ins are refused, and whether for the account or for the address it came from. */
    public record Lock(LocalDateTime until, boolean byAddress) {
    }

    private final SignInAttemptRepository attempts;
    private final Clock clock;
    private final CurrentUser currentUser;
    private final Duration failureDelay;

    SignInLog(SignInAttemptRepository attempts, Clock clock, CurrentUser currentUser,
            @Value("${app.login.failure-delay:250ms}") Duration failureDelay) {
        this.attempts = attempts;
        this.clock = clock;
        this.currentUser = currentUser;
        this.failureDelay = failureDelay;
    }

    /** The lock on this account or address now, if any: the login refuses even the right password then. */
    Optional<Lock> lock(String username, String ip) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Lock> account = accountLock(normalize(username), now);
        if (account.isPresent()) {
            return account;
        }
        List<LocalDateTime> byIp = attempts.timesByIp(cut(ip), SignInAttempt.Outcome.BAD_CREDENTIALS,
                now.minus(WINDOW));
        return byIp.size() >= IP_LIMIT ? Optional.of(new Lock(byIp.getFirst().plus(WINDOW), true)) : Optional.empty();
    }

    private Optional<Lock> accountLock(String username, LocalDateTime now) {
        LocalDateTime since = now.minus(WINDOW);
        LocalDateTime reset = attempts.lastOf(username,
                EnumSet.of(SignInAttempt.Outcome.SUCCESS, SignInAttempt.Outcome.UNLOCKED)).orElse(since);
        List<LocalDateTime> failures = attempts.timesByUser(username, SignInAttempt.Outcome.BAD_CREDENTIALS,
                reset.isAfter(since) ? reset : since);
        return failures.size() >= ACCOUNT_LIMIT ? Optional.of(new Lock(failures.getFirst().plus(WINDOW), false))
                : Optional.empty();
    }

    /** Writes one attempt to the log. */
    void record(String username, String ip, SignInAttempt.Outcome outcome) {
        attempts.save(new SignInAttempt(normalize(username), cut(ip), LocalDateTime.now(clock), outcome, null));
    }

    /**
     * How long to hold the answer to a wrong password: doubling with each recent failure of the account (up to
     * 16 times the base), so guessing slows down well before the lock.
     */
    Duration delayAfterFailure(String username) {
        return delayFor(attempts.timesByUser(normalize(username), SignInAttempt.Outcome.BAD_CREDENTIALS,
                LocalDateTime.now(clock).minus(WINDOW)).size());
    }

    Duration delayFor(int failures) {
        return failureDelay.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 4));
    }

    /** The accounts locked now, by username, with the time their lock ends. */
    @Requires(Permission.SIGN_IN_ADMIN)
    @Transactional(readOnly = true)
    public Map<String, LocalDateTime> lockedAccounts() {
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, LocalDateTime> locked = new TreeMap<>();
        for (String username : attempts.usernamesSince(SignInAttempt.Outcome.BAD_CREDENTIALS, now.minus(WINDOW))) {
            accountLock(username, now).ifPresent(l -> locked.put(username, l.until()));
        }
        return locked;
    }

    /** Lifts the lock of {@code username}: its earlier failures no longer count. Written to the log. */
    @Requires(Permission.SIGN_IN_ADMIN)
    public void unlock(String username) {
        attempts.save(new SignInAttempt(normalize(username), "-", LocalDateTime.now(clock),
                SignInAttempt.Outcome.UNLOCKED, cut(currentUser.username().orElse("system"))));
    }

    /** The log, newest first unless sorted otherwise; {@code filter} matches the username or the address. */
    @Requires(Permission.SIGN_IN_ADMIN)
    @Transactional(readOnly = true)
    public Page<SignInAttempt> search(String filter, Pageable pageable) {
        String f = filter == null ? "" : filter.trim().toLowerCase(Locale.ROOT);
        Pageable page = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("at").descending()
                        .and(Sort.by("id").descending()));
        return attempts.search(f, page);
    }

    /** Usernames are matched without case at the login, so the log and the throttle ignore case too. */
    static String normalize(String username) {
        return cut(username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String cut(String value) {
        String v = value == null || value.isBlank() ? "-" : value;
        return v.length() > MAX ? v.substring(0, MAX) : v;
    }
}
