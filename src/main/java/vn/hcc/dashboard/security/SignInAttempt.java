package vn.hcc.dashboard.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One line of the sign-in log: an attempt at the login form, or an administrator lifting a lock. */
@Entity
@Table(name = "sign_in_attempt")
public class SignInAttempt {

    /** How an attempt ended. */
    public enum Outcome {
        SUCCESS, BAD_CREDENTIALS, DISABLED, LOCKED, UNLOCKED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "remote_ip", nullable = false, length = 64)
    private String remoteIp;

    @Column(name = "attempted_at", nullable = false)
    private LocalDateTime at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Outcome outcome;

    /** The administrator who lifted a lock; empty for sign-in attempts. */
    @Column(length = 64)
    private String actor;

    protected SignInAttempt() {
    }

    SignInAttempt(String username, String remoteIp, LocalDateTime at, Outcome outcome, String actor) {
        this.username = username;
        this.remoteIp = remoteIp;
        this.at = at;
        this.outcome = outcome;
        this.actor = actor;
    }

    public String getUsername() {
        return username;
    }

    public String getRemoteIp() {
        return remoteIp;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getActor() {
        return actor;
    }
}
