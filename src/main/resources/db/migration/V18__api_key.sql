-- API keys of the provincial one-stop software (and any other system) for the dossier API. Only the key's SHA-256
-- (hex) is stored, as for public devices: reading this table does not let anyone call the API. A key may read
-- (dossiers, figures) and/or write (dossiers); api_key_unit narrows it to some units (no row: every unit).
-- A revoked key keeps its row for the record and the audit trail's entries.
CREATE TABLE api_key (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    token_prefix VARCHAR(8)   NOT NULL,
    can_read     BOOLEAN      NOT NULL,
    can_write    BOOLEAN      NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_api_key_token_hash UNIQUE (token_hash)
);

CREATE TABLE api_key_unit (
    api_key_id BIGINT NOT NULL,
    unit_id    BIGINT NOT NULL,
    PRIMARY KEY (api_key_id, unit_id),
    CONSTRAINT fk_api_key_unit_key FOREIGN KEY (api_key_id) REFERENCES api_key (id) ON DELETE CASCADE,
    -- a unit in a key's scope cannot be deleted from under it: the key would silently widen to "every unit"
    CONSTRAINT fk_api_key_unit_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
