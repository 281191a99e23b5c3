-- Issue 19, a queue on a par with Qmatic: priority tickets, counters that pause, and transfers to one counter.
-- Portable SQL only: the same file runs on H2 (MariaDB mode) and on MariaDB 10.11.

-- priority: NULL for an ordinary ticket, else why it is served first (ELDERLY, DISABLED, PREGNANT; the kiosk or the
-- counter sets it). priority_by / priority_at record who marked it at a counter and when (NULL by for the kiosk).
-- target_counter_id: a ticket transferred to one counter; only that counter calls it, whatever fields it serves.
ALTER TABLE queue_ticket ADD COLUMN priority VARCHAR(16) NULL;
ALTER TABLE queue_ticket ADD COLUMN priority_by VARCHAR(64) NULL;
ALTER TABLE queue_ticket ADD COLUMN priority_at DATETIME(6) NULL;
ALTER TABLE queue_ticket ADD COLUMN target_counter_id BIGINT NULL;
ALTER TABLE queue_ticket ADD CONSTRAINT fk_queue_ticket_target_counter
    FOREIGN KEY (target_counter_id) REFERENCES service_counter (id);
-- "Call next" orders by (priority IS NULL, queued_at). The day's waiting tickets of a counter are a few hundred at
-- most and ix_queue_ticket_waiting (issued_on, status, field_id, queued_at) already narrows to them, so the sort by
-- priority is done on that handful; a ticket for one counter is found through this index.
CREATE INDEX ix_queue_ticket_target ON queue_ticket (target_counter_id, issued_on, status);

-- A counter's pauses (tạm dừng): open while ended_at is NULL. Kept as history so the figures can count the time a
-- counter was paused, per reason. reason: BREAK, MEETING, HELPING, EQUIPMENT, OTHER (then note says what).
CREATE TABLE counter_pause (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    counter_id BIGINT       NOT NULL,
    reason     VARCHAR(16)  NOT NULL,
    note       VARCHAR(200) NULL,
    started_at DATETIME(6)  NOT NULL,
    started_by VARCHAR(64)  NULL,
    ended_at   DATETIME(6)  NULL,
    ended_by   VARCHAR(64)  NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_counter_pause_counter FOREIGN KEY (counter_id) REFERENCES service_counter (id)
);
CREATE INDEX ix_counter_pause_counter ON counter_pause (counter_id, started_at);
