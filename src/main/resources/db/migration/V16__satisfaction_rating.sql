-- Citizens' satisfaction ratings (issue 15): given on the rating tablet of a counter about the ticket just served
-- there, or imported with the dossier list (the national portal's ratings of online dossiers). One rating per
-- ticket and one per dossier: the unique keys stand behind the service's own check when two tablets race. Names
-- are not copied: counter, staff record, field and unit are ids of their features' tables; the officer's username
-- is kept as the ticket's served_by (an officer without a roster record is still counted).
CREATE TABLE satisfaction_rating (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_id        BIGINT        NULL,
    ticket_number    VARCHAR(40)   NULL,
    dossier_code     VARCHAR(64)   NULL,
    counter_id       BIGINT        NULL,
    officer_username VARCHAR(64)   NULL,
    staff_id         BIGINT        NULL,
    field_id         BIGINT        NULL,
    unit_id          BIGINT        NULL,
    rated_at         DATETIME(6)   NOT NULL,
    rating_level     VARCHAR(16)   NOT NULL,
    reason           VARCHAR(24)   NULL,
    rating_comment   VARCHAR(500)  NULL,
    source           VARCHAR(8)    NOT NULL,
    follow_up        VARCHAR(8)    NOT NULL,
    followed_up_at   DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_satisfaction_rating_ticket UNIQUE (ticket_id),
    CONSTRAINT uk_satisfaction_rating_dossier UNIQUE (dossier_code),
    CONSTRAINT fk_satisfaction_rating_ticket FOREIGN KEY (ticket_id) REFERENCES queue_ticket (id),
    CONSTRAINT fk_satisfaction_rating_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id)
        ON DELETE SET NULL
);

-- The figures count a period by rated_at; the director's list reads the unsatisfied ones newest first.
CREATE INDEX ix_satisfaction_rating_rated_at ON satisfaction_rating (rated_at);
CREATE INDEX ix_satisfaction_rating_level ON satisfaction_rating (rating_level, rated_at);

-- Every follow-up of an unsatisfied rating: who, when and what was done. Kept, never changed.
CREATE TABLE satisfaction_follow_up (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    rating_id BIGINT        NOT NULL,
    done_by   VARCHAR(64)   NOT NULL,
    done_at   DATETIME(6)   NOT NULL,
    note      VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_satisfaction_follow_up_rating FOREIGN KEY (rating_id) REFERENCES satisfaction_rating (id)
);
CREATE INDEX ix_satisfaction_follow_up_rating ON satisfaction_follow_up (rating_id, done_at);
