-- The sub-indicators of the Decision 766/QĐ-TTg service index as the national portal shows them, with the points
-- each is worth and the rate at which it scores them in full. The portal changes them, so they are data, edited by
-- the administrator (the audit trail keeps every change). kpi names the figure that measures the sub-indicator;
-- NULL means this product has no source for it, and the scorecard says so. The values come from third-party
-- reconstructions of the portal's method: the scorecard is an estimate, never the official score.
CREATE TABLE scorecard_indicator (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(16)  NOT NULL,
    group_code VARCHAR(24)  NOT NULL,
    kpi        VARCHAR(32)  NULL,
    max_points DECIMAL(5,2) NOT NULL,
    threshold  DECIMAL(5,2) NOT NULL,
    sort_order INT          NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_scorecard_indicator_code UNIQUE (code)
);

-- Six groups, 100 points: publicity and transparency 18, progress of handling 20, online public services 12,
-- digitization 22, satisfaction 18 (with PAKN handled on time), online payment 10.
INSERT INTO scorecard_indicator (code, group_code, kpi, max_points, threshold, sort_order) VALUES
    ('CK-1', 'PUBLICITY', 'UPDATED_IN_SYSTEM', 10.00, 100.00, 10),
    ('CK-2', 'PUBLICITY', NULL, 8.00, 100.00, 20),
    ('TD-1', 'PROGRESS', 'HANDLING_PROGRESS', 20.00, 100.00, 30),
    ('TT-1', 'ONLINE_SERVICES', 'ONLINE_SUBMISSION', 12.00, 50.00, 40),
    ('SH-1', 'DIGITIZATION', 'DIGITIZED_COMPONENTS', 8.00, 80.00, 50),
    ('SH-2', 'DIGITIZATION', 'DIGITIZED_RESULTS', 8.00, 80.00, 60),
    ('SH-3', 'DIGITIZATION', 'REUSE', 6.00, 80.00, 70),
    ('HL-1', 'SATISFACTION', 'SATISFACTION', 10.00, 90.00, 80),
    ('HL-2', 'SATISFACTION', 'PAKN_ON_TIME', 8.00, 100.00, 90),
    ('TTTT-1', 'ONLINE_PAYMENT', 'ONLINE_PAYMENT', 10.00, 60.00, 100);
