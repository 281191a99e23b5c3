-- Issue 5, fast at scale: the dossier counts per day behind every period figure of domain.md §3, so that a year's
-- figures are sums over a few thousand summary rows instead of a scan of every dossier. Each dossier adds to the
-- row of its intake day, of its result or end day, and of the days it becomes and stops being overdue; the "open_*"
-- and "overdue*" columns are signed (+1 when a dossier opens or falls due, -1 when it leaves), so their running sum
-- up to a day is what stands open on that day. Kept in the same transaction as every dossier write
-- (intake.DossierTally); PeriodFiguresService turns the sums into figures.

-- A result and an end day exclude each other (DossierRules from now on); a stray end day beside a result meant
-- nothing, the status has a result.
UPDATE dossier SET ended_on = NULL WHERE result_on IS NOT NULL AND ended_on IS NOT NULL;

CREATE TABLE dossier_tally (
    day                   DATE        NOT NULL,
    unit_id               BIGINT      NOT NULL,
    field_id              BIGINT      NOT NULL,
    procedure_id          BIGINT      NOT NULL, -- 0: no procedure
    channel               VARCHAR(16) NOT NULL,
    received              BIGINT      NOT NULL DEFAULT 0,
    received_digitized    BIGINT      NOT NULL DEFAULT 0,
    resolved_early        BIGINT      NOT NULL DEFAULT 0,
    resolved_on_time      BIGINT      NOT NULL DEFAULT 0,
    resolved_late         BIGINT      NOT NULL DEFAULT 0,
    resolved_late_apology BIGINT      NOT NULL DEFAULT 0,
    resolved_with_fee     BIGINT      NOT NULL DEFAULT 0,
    resolved_paid_online  BIGINT      NOT NULL DEFAULT 0,
    fee_amount            BIGINT      NOT NULL DEFAULT 0,
    resolved_digitized    BIGINT      NOT NULL DEFAULT 0,
    refused               BIGINT      NOT NULL DEFAULT 0,
    withdrawn             BIGINT      NOT NULL DEFAULT 0,
    open_in_progress      BIGINT      NOT NULL DEFAULT 0,
    open_supplement       BIGINT      NOT NULL DEFAULT 0,
    open_financial        BIGINT      NOT NULL DEFAULT 0,
    open_other            BIGINT      NOT NULL DEFAULT 0,
    overdue               BIGINT      NOT NULL DEFAULT 0,
    overdue_apology       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_dossier_tally PRIMARY KEY (day, unit_id, field_id, procedure_id, channel)
);

-- The same sums per calendar month (month_start: its first day), so that a period's full months and the months
-- before it cost one row per month instead of one per day.
CREATE TABLE dossier_tally_month (
    month_start           DATE        NOT NULL,
    unit_id               BIGINT      NOT NULL,
    field_id              BIGINT      NOT NULL,
    procedure_id          BIGINT      NOT NULL, -- 0: no procedure
    channel               VARCHAR(16) NOT NULL,
    received              BIGINT      NOT NULL DEFAULT 0,
    received_digitized    BIGINT      NOT NULL DEFAULT 0,
    resolved_early        BIGINT      NOT NULL DEFAULT 0,
    resolved_on_time      BIGINT      NOT NULL DEFAULT 0,
    resolved_late         BIGINT      NOT NULL DEFAULT 0,
    resolved_late_apology BIGINT      NOT NULL DEFAULT 0,
    resolved_with_fee     BIGINT      NOT NULL DEFAULT 0,
    resolved_paid_online  BIGINT      NOT NULL DEFAULT 0,
    fee_amount            BIGINT      NOT NULL DEFAULT 0,
    resolved_digitized    BIGINT      NOT NULL DEFAULT 0,
    refused               BIGINT      NOT NULL DEFAULT 0,
    withdrawn             BIGINT      NOT NULL DEFAULT 0,
    open_in_progress      BIGINT      NOT NULL DEFAULT 0,
    open_supplement       BIGINT      NOT NULL DEFAULT 0,
    open_financial        BIGINT      NOT NULL DEFAULT 0,
    open_other            BIGINT      NOT NULL DEFAULT 0,
    overdue               BIGINT      NOT NULL DEFAULT 0,
    overdue_apology       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_dossier_tally_month PRIMARY KEY (month_start, unit_id, field_id, procedure_id, channel)
);

-- Paid in person (seed 004): a fee not paid online, counted when the result is resolved in the period and handed
-- over by its end. That needs both days, so these dossiers are counted per (result day, returned day).
CREATE TABLE dossier_tally_in_person (
    result_day   DATE        NOT NULL,
    returned_day DATE        NOT NULL,
    unit_id      BIGINT      NOT NULL,
    field_id     BIGINT      NOT NULL,
    procedure_id BIGINT      NOT NULL,
    channel      VARCHAR(16) NOT NULL,
    dossiers     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_dossier_tally_in_person PRIMARY KEY (result_day, returned_day, unit_id, field_id, procedure_id,
        channel)
);

-- backfill: the same statements as intake.DossierTallySql.REBUILD, REBUILD_MONTHS and REBUILD_IN_PERSON (a
-- test runs these copies against them)
INSERT INTO dossier_tally (day, unit_id, field_id, procedure_id, channel, received, received_digitized,
  resolved_early, resolved_on_time, resolved_late, resolved_late_apology, resolved_with_fee, resolved_paid_online,
  fee_amount, resolved_digitized, refused, withdrawn, open_in_progress, open_supplement, open_financial, open_other,
  overdue, overdue_apology)
SELECT day, unit_id, field_id, procedure_id, channel, SUM(received), SUM(received_digitized), SUM(resolved_early),
  SUM(resolved_on_time), SUM(resolved_late), SUM(resolved_late_apology), SUM(resolved_with_fee),
  SUM(resolved_paid_online), SUM(fee_amount), SUM(resolved_digitized), SUM(refused), SUM(withdrawn),
  SUM(open_in_progress), SUM(open_supplement), SUM(open_financial), SUM(open_other), SUM(overdue),
  SUM(overdue_apology)
FROM (
  SELECT received_on AS day, unit_id, field_id, COALESCE(procedure_id, 0) AS procedure_id, channel,
    1 AS received, CASE WHEN digitized_components THEN 1 ELSE 0 END AS received_digitized,
    0 AS resolved_early, 0 AS resolved_on_time, 0 AS resolved_late, 0 AS resolved_late_apology,
    0 AS resolved_with_fee, 0 AS resolved_paid_online, 0 AS fee_amount, 0 AS resolved_digitized,
    0 AS refused, 0 AS withdrawn,
    CASE WHEN status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER') THEN 1 ELSE 0 END
      AS open_in_progress,
    CASE WHEN status = 'SUPPLEMENT_REQUESTED' THEN 1 ELSE 0 END AS open_supplement,
    CASE WHEN status = 'SUSPENDED_FINANCIAL' THEN 1 ELSE 0 END AS open_financial,
    CASE WHEN status = 'SUSPENDED_OTHER' THEN 1 ELSE 0 END AS open_other,
    0 AS overdue, 0 AS overdue_apology
  FROM dossier
  UNION ALL
  SELECT GREATEST(result_on, received_on), unit_id, field_id, COALESCE(procedure_id, 0), channel, 0, 0,
    CASE WHEN result_on < due_on THEN 1 ELSE 0 END,
    CASE WHEN result_on = due_on THEN 1 ELSE 0 END,
    CASE WHEN result_on > due_on THEN 1 ELSE 0 END,
    CASE WHEN result_on > due_on AND apology_sent THEN 1 ELSE 0 END,
    CASE WHEN fee > 0 THEN 1 ELSE 0 END,
    CASE WHEN fee > 0 AND paid_online THEN 1 ELSE 0 END,
    fee,
    CASE WHEN digitized_result THEN 1 ELSE 0 END,
    0, 0,
    CASE WHEN status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER') THEN -1 ELSE 0 END,
    CASE WHEN status = 'SUPPLEMENT_REQUESTED' THEN -1 ELSE 0 END,
    CASE WHEN status = 'SUSPENDED_FINANCIAL' THEN -1 ELSE 0 END,
    CASE WHEN status = 'SUSPENDED_OTHER' THEN -1 ELSE 0 END,
    0, 0
  FROM dossier WHERE result_on IS NOT NULL
  UNION ALL
  SELECT GREATEST(ended_on, received_on), unit_id, field_id, COALESCE(procedure_id, 0), channel, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0,
    CASE WHEN status = 'REFUSED' THEN 1 ELSE 0 END,
    CASE WHEN status = 'REFUSED' THEN 0 ELSE 1 END,
    CASE WHEN status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER') THEN -1 ELSE 0 END,
    CASE WHEN status = 'SUPPLEMENT_REQUESTED' THEN -1 ELSE 0 END,
    CASE WHEN status = 'SUSPENDED_FINANCIAL' THEN -1 ELSE 0 END,
    CASE WHEN status = 'SUSPENDED_OTHER' THEN -1 ELSE 0 END,
    0, 0
  FROM dossier WHERE result_on IS NULL AND ended_on IS NOT NULL
  UNION ALL
  SELECT GREATEST(received_on, TIMESTAMPADD(DAY, 1, due_on)), unit_id, field_id, COALESCE(procedure_id, 0),
    channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, CASE WHEN apology_sent THEN 1 ELSE 0 END
  FROM dossier WHERE status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER')
  UNION ALL
  SELECT GREATEST(COALESCE(result_on, ended_on), received_on, TIMESTAMPADD(DAY, 1, due_on)), unit_id, field_id,
    COALESCE(procedure_id, 0), channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    -1, CASE WHEN apology_sent THEN -1 ELSE 0 END
  FROM dossier WHERE status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER')
    AND (result_on IS NOT NULL OR ended_on IS NOT NULL)
) e
GROUP BY day, unit_id, field_id, procedure_id, channel;

INSERT INTO dossier_tally_month (month_start, unit_id, field_id, procedure_id, channel, received,
  received_digitized, resolved_early, resolved_on_time, resolved_late, resolved_late_apology, resolved_with_fee,
  resolved_paid_online, fee_amount, resolved_digitized, refused, withdrawn, open_in_progress, open_supplement,
  open_financial, open_other, overdue, overdue_apology)
SELECT TIMESTAMPADD(DAY, 1 - DAYOFMONTH(day), day), unit_id, field_id, procedure_id, channel, SUM(received),
  SUM(received_digitized), SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late), SUM(resolved_late_apology),
  SUM(resolved_with_fee), SUM(resolved_paid_online), SUM(fee_amount), SUM(resolved_digitized), SUM(refused),
  SUM(withdrawn), SUM(open_in_progress), SUM(open_supplement), SUM(open_financial), SUM(open_other), SUM(overdue),
  SUM(overdue_apology)
FROM dossier_tally
GROUP BY TIMESTAMPADD(DAY, 1 - DAYOFMONTH(day), day), unit_id, field_id, procedure_id, channel;

INSERT INTO dossier_tally_in_person (result_day, returned_day, unit_id, field_id, procedure_id, channel, dossiers)
SELECT GREATEST(result_on, received_on), GREATEST(returned_on, received_on), unit_id, field_id,
  COALESCE(procedure_id, 0), channel, COUNT(*)
FROM dossier
WHERE result_on IS NOT NULL AND returned_on IS NOT NULL AND fee > 0 AND NOT paid_online
GROUP BY GREATEST(result_on, received_on), GREATEST(returned_on, received_on), unit_id, field_id,
  COALESCE(procedure_id, 0), channel;
