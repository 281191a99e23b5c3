-- One visit's timeline (issue 19). A dossier remembers the queue ticket the citizen held when reception recorded it
-- (null: received online, by post, imported, or recorded without a ticket), and keeps a history of every change
-- like a petition's (pakn_history): who, when, which action, which field with its value before and after, as text.
-- An import writes one "IMPORTED" row per new dossier (one INSERT ... SELECT per batch) and one row per changed
-- field of an existing one, so a file of 100.000 rows stays a few statements per batch. A dossier's history goes
-- with the dossier (the tally's tools and tests delete dossiers); a ticket removed leaves the dossier without one.
ALTER TABLE dossier ADD COLUMN ticket_id BIGINT NULL;
ALTER TABLE dossier ADD CONSTRAINT fk_dossier_ticket FOREIGN KEY (ticket_id) REFERENCES queue_ticket (id) ON DELETE SET NULL;
CREATE INDEX ix_dossier_ticket ON dossier (ticket_id);

CREATE TABLE dossier_history (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    dossier_id   BIGINT       NOT NULL,
    changed_at   DATETIME(6)  NOT NULL,
    changed_by   VARCHAR(64)  NOT NULL,
    action       VARCHAR(32)  NOT NULL,
    field        VARCHAR(32)  NULL,
    value_before VARCHAR(500) NULL,
    value_after  VARCHAR(500) NULL,
    CONSTRAINT fk_dossier_history_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id) ON DELETE CASCADE
);
CREATE INDEX ix_dossier_history_dossier ON dossier_history (dossier_id, changed_at);
