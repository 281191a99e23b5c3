package vn.hcc.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.TestClock;

/** The throttle of the login, driven through the login's own authentication provider with a stopped clock. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class SignInLogTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 2, 8, 0);

    @Autowired
    private ThrottledAuthentication login;

    @Autowired
    private SignInLog log;

    @Autowired
    private TestClock clock;

    @BeforeEach
    void stopTheClock() {
        clock.set(NOW);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilTheWindowEnds() {
        for (int i = 0; i < SignInLog.ACCOUNT_LIMIT; i++) {
            assertThatThrownBy(() -> attempt("tiepnhan", "sai-" + 0, "10.0.0.1"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("TiepNhan", "demo1234", "10.0.0.2")).isInstanceOfSatisfying(
                LockedException.class, e -> assertThat(((ThrottledAuthentication.SignInLockedException) e).lock())
                        .isEqualTo(new SignInLog.Lock(NOW.plusMinutes(15), false)));
        // Another account from the same address is not affected.
        assertThat(attempt("giamdoc", "demo1234", "10.0.0.1").isAuthenticated()).isTrue();

        clock.set(NOW.plusMinutes(15).plusSeconds(1));
        assertThat(attempt("tiepnhan", "demo1234", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void fourWrongPasswordsDoNotLockAndASuccessStartsTheCountAgain() {
        for (int i = 0; i < SignInLog.ACCOUNT_LIMIT - 1; i++) {
            assertThatThrownBy(() -> attempt("pakn", "sai", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt("pakn", "demo1234", "10.0.0.1").isAuthenticated()).isTrue();
        assertThatThrownBy(() -> attempt("pakn", "sai", "10.0.0.1")).isInstanceOf(BadCredentialsException.class);
        assertThat(attempt("pakn", "demo1234", "10.0.0.1").isAuthenticated()).isTrue();
    }

    @Test
    void oneAddressGuessingAcrossAccountsIsLockedAtItsOwnLimit() {
        for (int i = 0; i < SignInLog.IP_LIMIT; i++) {
            String user = "khong-co-" + i;
            assertThatThrownBy(() -> attempt(user, "sai", "10.9.9.9")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("lanhdao", "demo1234", "10.9.9.9")).isInstanceOfSatisfying(
                ThrottledAuthentication.SignInLockedException.class,
                e -> assertThat(e.lock().byAddress()).isTrue());
        assertThat(attempt("lanhdao", "demo1234", "10.0.0.5").isAuthenticated()).isTrue();
    }

    @Test
    void theWaitAfterAWrongPasswordGrowsWithEachFailure() {
        SignInLog slow = new SignInLog(null, clock, null, Duration.ofMillis(250));
        assertThat(List.of(0, 1, 2, 3, 5, 9)).map(slow::delayFor).containsExactly(Duration.ofMillis(250),
                Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(4),
                Duration.ofSeconds(4));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void everyAttemptIsLoggedAndTheAdministratorLiftsALock() {
        for (int i = 0; i < SignInLog.ACCOUNT_LIMIT; i++) {
            assertThatThrownBy(() -> attempt("lanhdao", "sai", "10.0.0.7")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("lanhdao", "demo1234", "10.0.0.7")).isInstanceOf(LockedException.class);
        assertThat(log.lockedAccounts()).containsEntry("lanhdao", NOW.plusMinutes(15)).hasSize(1);

        log.unlock("lanhdao");
        assertThat(log.lockedAccounts()).isEmpty();
        assertThat(attempt("lanhdao", "demo1234", "10.0.0.7").isAuthenticated()).isTrue();

        assertThat(log.search("lanhdao", Pageable.unpaged()).getContent())
                .extracting(SignInAttempt::getUsername, SignInAttempt::getRemoteIp, SignInAttempt::getAt,
                        SignInAttempt::getOutcome, SignInAttempt::getActor)
                .containsExactlyInAnyOrder(
                        tuple("lanhdao", "10.0.0.7", NOW, SignInAttempt.Outcome.BAD_CREDENTIALS, null),
                        tuple("lanhdao", "10.0.0.7", NOW, SignInAttempt.Outcome.BAD_CREDENTIALS, null),
                        tuple("lanhdao", "10.0.0.7", NOW, SignInAttempt.Outcome.BAD_CREDENTIALS, null),
                        tuple("lanhdao", "10.0.0.7", NOW, SignInAttempt.Outcome.BAD_CREDENTIALS, null),
                        tuple("lanhdao", "10.0.0.7", NOW, SignInAttempt.Outcome.BAD_CREDENTIALS, null),
                        tuple("lanhdao", "10.0.0.7", NOW, SignInAttempt.Outcome.LOCKED, null),
                        tuple("lanhdao", "-", NOW, SignInAttempt.Outcome.UNLOCKED, "admin"),
                        tuple("lanhdao", "10.0.0.7", NOW, SignInAttempt.Outcome.SUCCESS, null));
    }

    @Test
    @WithMockUser(username = "giamdoc", roles = {"DIRECTOR", "LEADER", "RECEPTION", "PAKN_HANDLER"})
    void onlyTheAdministratorReadsTheLogAndLiftsLocks() {
        assertThatThrownBy(() -> log.unlock("tiepnhan")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(log::lockedAccounts).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> log.search("", Pageable.unpaged())).isInstanceOf(AccessDeniedException.class);
    }

    private Authentication attempt(String username, String password, String ip) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(ip);
        token.setDetails(new WebAuthenticationDetails(request));
        return login.authenticate(token);
    }
}
