-- Issue 18: petitions sent by citizens from the public page /gop-y/gui. Each gets a tracking code for
-- /gop-y/tra-cuu; the sender's network address is kept only as a keyed hash, for the rate limit; photos are stored
-- re-encoded (their EXIF data, location included, is gone).
ALTER TABLE pakn ADD COLUMN tracking_code VARCHAR(16) NULL;
ALTER TABLE pakn ADD COLUMN source_key VARCHAR(64) NULL;
CREATE UNIQUE INDEX uk_pakn_tracking_code ON pakn (tracking_code);
CREATE INDEX ix_pakn_source_received ON pakn (source_key, received_at);
CREATE INDEX ix_pakn_contact_received ON pakn (citizen_contact, received_at);

CREATE TABLE pakn_photo (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    pakn_id      BIGINT      NOT NULL,
    position     INT         NOT NULL,
    content_type VARCHAR(32) NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    bytes        MEDIUMBLOB  NOT NULL,
    CONSTRAINT fk_pakn_photo_pakn FOREIGN KEY (pakn_id) REFERENCES pakn (id)
);
CREATE INDEX ix_pakn_photo_pakn ON pakn_photo (pakn_id, position);
