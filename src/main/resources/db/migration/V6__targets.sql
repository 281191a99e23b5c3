-- Targets (chỉ tiêu) per KPI, for all units (unit_id NULL) or one unit, over a date range: a year, quarter or month
-- is stored as its first and last day. Portable between H2 (MariaDB mode) and MariaDB 10.11.
CREATE TABLE kpi_target (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kpi          VARCHAR(32)  NOT NULL,
    unit_id      BIGINT       NULL,
    valid_from   DATE         NOT NULL,
    valid_to     DATE         NOT NULL,
    target_value DECIMAL(5,2) NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_kpi_target_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_kpi_target_kpi_period ON kpi_target (kpi, valid_from, valid_to);

-- Production needs sensible defaults from the first start: the seeds' yearly targets for all units
-- (online submission and payment >= 60%, updated in system and digitization = 100%, reuse >= 50%, PAKN on time = 100%,
-- on-time resolution >= 98%), for the years the holiday calendar covers. Directors change or add them in the view.
INSERT INTO kpi_target (kpi, unit_id, valid_from, valid_to, target_value)
SELECT k.kpi, NULL, y.valid_from, y.valid_to, k.target_value
FROM (SELECT 'ON_TIME' AS kpi, 98.00 AS target_value
      UNION ALL SELECT 'ONLINE_SUBMISSION', 60.00
      UNION ALL SELECT 'ONLINE_PAYMENT', 60.00
      UNION ALL SELECT 'UPDATED_IN_SYSTEM', 100.00
      UNION ALL SELECT 'DIGITIZED_COMPONENTS', 100.00
      UNION ALL SELECT 'DIGITIZED_RESULTS', 100.00
      UNION ALL SELECT 'REUSE', 50.00
      UNION ALL SELECT 'PAKN_ON_TIME', 100.00) k
CROSS JOIN (SELECT DATE '2024-01-01' AS valid_from, DATE '2024-12-31' AS valid_to
            UNION ALL SELECT DATE '2025-01-01', DATE '2025-12-31'
            UNION ALL SELECT DATE '2026-01-01', DATE '2026-12-31'
            UNION ALL SELECT DATE '2027-01-01', DATE '2027-12-31') y;
