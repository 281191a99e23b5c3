-- When the kiosk gives numbers: a morning and an afternoon session per ISO weekday (1 = Monday … 7 = Sunday); a
-- session with no times is closed. Times are minutes after midnight (450 = 7:30): a TIME column would be shifted by
-- Hibernate's JDBC time zone conversion (the zone's 1970 offset), and minutes compare the same everywhere. Days off
-- of the holiday calendar close the whole day; a weekend day the government made a working day opens with Monday's
-- hours unless its own weekday has hours (see OpeningHoursService).
CREATE TABLE queue_opening_hours (
    weekday          INT         NOT NULL PRIMARY KEY,
    morning_opens    INT         NULL,
    morning_closes   INT         NULL,
    afternoon_opens  INT         NULL,
    afternoon_closes INT         NULL,
    version          BIGINT      NOT NULL DEFAULT 0
);
-- The usual hours of a center (Decree 118/2025 leaves them to the province): 7:30–11:30 and 13:30–17:00 on weekdays.
INSERT INTO queue_opening_hours (weekday, morning_opens, morning_closes, afternoon_opens, afternoon_closes) VALUES
    (1, 450, 690, 810, 1020),
    (2, 450, 690, 810, 1020),
    (3, 450, 690, 810, 1020),
    (4, 450, 690, 810, 1020),
    (5, 450, 690, 810, 1020),
    (6, NULL, NULL, NULL, NULL),
    (7, NULL, NULL, NULL, NULL);

-- The code printed as a QR code on the ticket: the citizen follows the queue at /hang-cho/{code} without login.
-- Random, so that nobody reads another citizen's place by counting; NULL for tickets of the bulk history.
ALTER TABLE queue_ticket ADD COLUMN tracking_code VARCHAR(16) NULL;
CREATE UNIQUE INDEX uk_queue_ticket_tracking_code ON queue_ticket (tracking_code);
