-- Citizens' and businesses' dossiers (hồ sơ), one row each, indexed for the period figures and the intake grid.
CREATE TABLE dossier (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                 VARCHAR(64)  NOT NULL,
    procedure_id         BIGINT       NULL,
    field_id             BIGINT       NOT NULL,
    unit_id              BIGINT       NOT NULL,
    channel              VARCHAR(16)  NOT NULL,
    online_level         VARCHAR(16)  NOT NULL,
    received_at          DATETIME(6)  NOT NULL,
    received_on          DATE         NOT NULL,
    due_on               DATE         NOT NULL,
    result_on            DATE         NULL,
    returned_on          DATE         NULL,
    ended_on             DATE         NULL,
    status               VARCHAR(32)  NOT NULL,
    fee                  BIGINT       NOT NULL DEFAULT 0,
    paid_online          BOOLEAN      NOT NULL DEFAULT FALSE,
    digitized_components BOOLEAN      NOT NULL DEFAULT FALSE,
    digitized_result     BOOLEAN      NOT NULL DEFAULT FALSE,
    apology_sent         BOOLEAN      NOT NULL DEFAULT FALSE,
    apology_reason       VARCHAR(500) NULL,
    new_due_on           DATE         NULL,
    handler              VARCHAR(100) NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_dossier_code UNIQUE (code),
    CONSTRAINT fk_dossier_procedure FOREIGN KEY (procedure_id) REFERENCES admin_procedure (id),
    CONSTRAINT fk_dossier_field FOREIGN KEY (field_id) REFERENCES work_field (id),
    CONSTRAINT fk_dossier_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_dossier_received ON dossier (received_on);
CREATE INDEX ix_dossier_received_at ON dossier (received_at);
CREATE INDEX ix_dossier_result ON dossier (result_on);
CREATE INDEX ix_dossier_ended ON dossier (ended_on);
CREATE INDEX ix_dossier_unit_received ON dossier (unit_id, received_on);
CREATE INDEX ix_dossier_field_received ON dossier (field_id, received_on);
CREATE INDEX ix_dossier_status_due ON dossier (status, due_on);
