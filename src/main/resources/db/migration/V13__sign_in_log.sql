-- Every sign-in attempt through the login form (who was typed, from where, when, how it ended), and the
-- administrator's lifting of a temporary lock. The throttle counts recent failures from this table, so a lock
-- survives a restart and holds across several application instances.
CREATE TABLE sign_in_attempt (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL,
    remote_ip    VARCHAR(64)  NOT NULL,
    attempted_at DATETIME(6)  NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    actor        VARCHAR(64)  NULL
);
CREATE INDEX ix_sign_in_attempt_user ON sign_in_attempt (username, attempted_at);
CREATE INDEX ix_sign_in_attempt_ip ON sign_in_attempt (remote_ip, attempted_at);
CREATE INDEX ix_sign_in_attempt_at ON sign_in_attempt (attempted_at);
