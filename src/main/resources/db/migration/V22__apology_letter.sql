-- Issue 18 (domain.md §4): the "Phiếu xin lỗi và hẹn lại ngày trả kết quả" of a late dossier as issued: to whom,
-- why, the due day it moves and the new one, who issued it and when. One per dossier (the day moves only once).
CREATE TABLE apology_letter (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    dossier_id      BIGINT       NOT NULL,
    citizen_name    VARCHAR(200) NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    original_due_on DATE         NOT NULL,
    new_due_on      DATE         NOT NULL,
    issued_by       VARCHAR(64)  NOT NULL,
    issued_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uk_apology_letter_dossier UNIQUE (dossier_id),
    CONSTRAINT fk_apology_letter_dossier FOREIGN KEY (dossier_id) REFERENCES dossier (id)
);
