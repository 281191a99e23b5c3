-- The devices allowed to open the public pages (kiosk, hall display, rating tablet). A device proves itself with a
-- secret token kept in a cookie of its browser; only the token's SHA-256 (hex) is stored, so reading this table
-- does not let anyone pose as a device. A revoked device keeps its row for the record.
CREATE TABLE public_device (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    counter_id   BIGINT       NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    last_seen_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_public_device_token_hash UNIQUE (token_hash),
    -- a rating tablet outlives the counter it stood at: deleting the counter unbinds it
    CONSTRAINT fk_public_device_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id) ON DELETE SET NULL
);
