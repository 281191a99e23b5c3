-- The letterhead of a unit's reports: the governing body above its name, its own name as printed, the symbol of its
-- report numbers (Số: …/BC-UBND), the place of the date line and the names in the signature block. One row per unit
-- at most; a unit without a row prints its catalogue name and empty names. Portable SQL: H2 (MariaDB mode) and
-- MariaDB 10.11.
CREATE TABLE report_letterhead (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id        BIGINT       NOT NULL,
    governing_body VARCHAR(200) NOT NULL,
    issuer         VARCHAR(200) NOT NULL,
    number_symbol  VARCHAR(40)  NOT NULL,
    place          VARCHAR(100) NOT NULL,
    preparer_name  VARCHAR(100) NOT NULL,
    head_title     VARCHAR(100) NOT NULL,
    head_name      VARCHAR(100) NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_report_letterhead_unit UNIQUE (unit_id),
    CONSTRAINT fk_report_letterhead_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id) ON DELETE CASCADE
);
