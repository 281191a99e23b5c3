-- The ticket queue: counters (quầy) with the fields they serve, tickets (số thứ tự) and the per-field number
-- sequence. Portable SQL only: the same file runs on H2 (MariaDB mode) and on MariaDB 10.11.

CREATE TABLE service_counter (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    code    VARCHAR(32)  NOT NULL,
    name    VARCHAR(200) NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE,
    version BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_service_counter_code UNIQUE (code),
    CONSTRAINT uk_service_counter_name UNIQUE (name)
);

-- The fields a counter serves: "call next" takes the oldest waiting ticket of these fields.
CREATE TABLE service_counter_field (
    counter_id BIGINT NOT NULL,
    field_id   BIGINT NOT NULL,
    PRIMARY KEY (counter_id, field_id),
    CONSTRAINT fk_service_counter_field_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id) ON DELETE CASCADE,
    CONSTRAINT fk_service_counter_field_field FOREIGN KEY (field_id) REFERENCES work_field (id)
);
CREATE INDEX ix_service_counter_field_field ON service_counter_field (field_id);

-- One ticket per visit to a field's queue. queued_at orders the queue: the issue time, or for a ticket transferred
-- from another field the time the citizen first joined the queue, so a transfer keeps the citizen's place.
CREATE TABLE queue_ticket (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    ticket_number       VARCHAR(40)  NOT NULL,
    field_id            BIGINT       NOT NULL,
    issued_on           DATE         NOT NULL,
    seq_no              INT          NOT NULL,
    issued_at           DATETIME(6)  NOT NULL,
    queued_at           DATETIME(6)  NOT NULL,
    called_at           DATETIME(6)  NULL,
    announced_at        DATETIME(6)  NULL,
    recall_count        INT          NOT NULL DEFAULT 0,
    counter_id          BIGINT       NULL,
    served_by           VARCHAR(64)  NULL,
    served_until        DATETIME(6)  NULL,
    status              VARCHAR(16)  NOT NULL,
    transferred_from_id BIGINT       NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_queue_ticket_field_day_seq UNIQUE (field_id, issued_on, seq_no),
    CONSTRAINT uk_queue_ticket_day_number UNIQUE (issued_on, ticket_number),
    CONSTRAINT fk_queue_ticket_field FOREIGN KEY (field_id) REFERENCES work_field (id),
    CONSTRAINT fk_queue_ticket_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id),
    CONSTRAINT fk_queue_ticket_transferred_from FOREIGN KEY (transferred_from_id) REFERENCES queue_ticket (id)
);
-- "Oldest waiting ticket of these fields today": equality on day, status and field, then the queue order.
CREATE INDEX ix_queue_ticket_waiting ON queue_ticket (issued_on, status, field_id, queued_at);
-- The figures by day, per counter and per field.
CREATE INDEX ix_queue_ticket_counter_day ON queue_ticket (counter_id, issued_on);
CREATE INDEX ix_queue_ticket_field_day ON queue_ticket (field_id, issued_on);

-- The last number given per field: one row per field, reset to 1 on the first ticket of a new day. Kiosks that
-- issue at the same moment serialize on this row's lock, so no number is given twice.
CREATE TABLE queue_sequence (
    field_id  BIGINT NOT NULL PRIMARY KEY,
    issued_on DATE   NOT NULL,
    last_seq  INT    NOT NULL,
    CONSTRAINT fk_queue_sequence_field FOREIGN KEY (field_id) REFERENCES work_field (id)
);
