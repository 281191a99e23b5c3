-- Equipment (trang thiết bị) of the Center: the inventory with its fault and repair log, the outage log (software,
-- network, national portal, power) the seeds blame for late dossiers, and the required quantities of the Decree
-- 61/2018 Art. 13 checklist. Portable SQL only: the same file runs on H2 (MariaDB mode) and on MariaDB 10.11.

CREATE TABLE equipment_item (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_type      VARCHAR(32)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    quantity       INT           NOT NULL,
    counter_id     BIGINT        NULL,
    location       VARCHAR(200)  NULL,
    status         VARCHAR(16)   NOT NULL,
    acquired_on    DATE          NULL,
    warranty_until DATE          NULL,
    notes          VARCHAR(1000) NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_equipment_item_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id)
);
-- The checklist sums the quantities in use per type; the inventory filters by type, status and counter.
CREATE INDEX ix_equipment_item_status_type ON equipment_item (status, item_type);
CREATE INDEX ix_equipment_item_type ON equipment_item (item_type);
CREATE INDEX ix_equipment_item_counter ON equipment_item (counter_id);

-- One fault of one item, open until closed_on; repair says what was done.
CREATE TABLE equipment_fault (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    opened_on   DATE          NOT NULL,
    description VARCHAR(1000) NOT NULL,
    closed_on   DATE          NULL,
    repair      VARCHAR(1000) NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_equipment_fault_item FOREIGN KEY (item_id) REFERENCES equipment_item (id)
);
CREATE INDEX ix_equipment_fault_item ON equipment_fault (item_id, closed_on);

-- What was down and when; ended_at NULL while it lasts. No counter rows: the whole Center was affected.
CREATE TABLE equipment_outage (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind       VARCHAR(32)   NOT NULL,
    started_at DATETIME(6)   NOT NULL,
    ended_at   DATETIME(6)   NULL,
    notes      VARCHAR(1000) NULL,
    version    BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX ix_equipment_outage_started ON equipment_outage (started_at);
CREATE INDEX ix_equipment_outage_kind ON equipment_outage (kind, started_at);

CREATE TABLE equipment_outage_counter (
    outage_id  BIGINT NOT NULL,
    counter_id BIGINT NOT NULL,
    PRIMARY KEY (outage_id, counter_id),
    CONSTRAINT fk_equipment_outage_counter_outage FOREIGN KEY (outage_id) REFERENCES equipment_outage (id) ON DELETE CASCADE,
    CONSTRAINT fk_equipment_outage_counter_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id)
);

-- The Center's own required quantities (the decree sets no counts): required = fixed_count + per_counter x active
-- counters. Defaults from seed 003's commune with 5 counters: a computer, printer, writing desk, rating tablet and
-- digital signature per counter, 3 waiting seats per counter (15 seats), one of each shared device.
CREATE TABLE equipment_requirement (
    item_type   VARCHAR(32) NOT NULL PRIMARY KEY,
    per_counter INT         NOT NULL,
    fixed_count INT         NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0
);
INSERT INTO equipment_requirement (item_type, per_counter, fixed_count) VALUES
    ('COMPUTER', 1, 0),
    ('PRINTER', 1, 0),
    ('SCANNER', 0, 1),
    ('WAITING_SEATS', 3, 0),
    ('WRITING_DESK', 1, 0),
    ('PUBLIC_COMPUTER', 0, 1),
    ('LOOKUP_KIOSK', 0, 1),
    ('TICKET_MACHINE', 0, 1),
    ('CAMERA', 0, 1),
    ('PROGRESS_TV', 0, 1),
    ('RATING_TABLET', 1, 0),
    ('DIGITAL_SIGNATURE', 1, 0);
