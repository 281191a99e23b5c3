-- Citizens' feedback and petitions (PAKN, domain.md §5): one row per item, its change history, and the number of
-- working days allowed per category. Portable between H2 (MariaDB mode) and MariaDB 10.11.
CREATE TABLE pakn (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    received_at       DATETIME(6)   NOT NULL,
    received_on       DATE          NOT NULL,
    channel           VARCHAR(16)   NOT NULL,
    citizen_name      VARCHAR(200)  NOT NULL,
    citizen_contact   VARCHAR(200)  NULL,
    content           VARCHAR(4000) NOT NULL,
    category          VARCHAR(16)   NOT NULL,
    locality          VARCHAR(200)  NULL,
    dossier_code      VARCHAR(64)   NULL,
    unit_id           BIGINT        NULL,
    handler           VARCHAR(64)   NULL,
    deadline          DATE          NOT NULL,
    original_deadline DATE          NOT NULL,
    extension_reason  VARCHAR(500)  NULL,
    status            VARCHAR(16)   NOT NULL,
    answer            VARCHAR(4000) NULL,
    answered_on       DATE          NULL,
    published_on      DATE          NULL,
    hidden_on         DATE          NULL,
    hidden_reason     VARCHAR(500)  NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_pakn_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_pakn_received ON pakn (received_on);
CREATE INDEX ix_pakn_handler_deadline ON pakn (handler, deadline);
CREATE INDEX ix_pakn_status_deadline ON pakn (status, deadline);
CREATE INDEX ix_pakn_unit_received ON pakn (unit_id, received_on);
CREATE INDEX ix_pakn_published ON pakn (published_on);

-- Every change of an item: who, when, which action, which field, the value before and after.
CREATE TABLE pakn_history (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    pakn_id      BIGINT        NOT NULL,
    changed_at   DATETIME(6)   NOT NULL,
    changed_by   VARCHAR(64)   NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    field        VARCHAR(32)   NULL,
    value_before VARCHAR(4000) NULL,
    value_after  VARCHAR(4000) NULL,
    CONSTRAINT fk_pakn_history_pakn FOREIGN KEY (pakn_id) REFERENCES pakn (id)
);
CREATE INDEX ix_pakn_history_pakn ON pakn_history (pakn_id, changed_at);

-- Working days to answer, per category; directors and administrators change them. Decree 20/2008 as amended by
-- Decree 92/2017 gives 15 working days from receipt; local matters get the same until the province says otherwise.
CREATE TABLE pakn_deadline (
    category     VARCHAR(16) PRIMARY KEY,
    working_days INT         NOT NULL,
    version      BIGINT      NOT NULL DEFAULT 0
);
INSERT INTO pakn_deadline (category, working_days) VALUES ('REGULATION', 15), ('CONDUCT', 15), ('LOCAL', 15);
