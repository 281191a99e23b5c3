-- Issue 17, the dashboard at province scale: dossier_tally (V7) counts per day, unit, field, procedure and channel,
-- which a province barely compresses (2.000 procedures: a year of 1.000.000 dossiers is about a million day rows).
-- The dashboard never splits by field or procedure, so these are the same sums per unit and channel only: per day,
-- per calendar month, and the paid-in-person counts per (result day, returned day) and per (result month, returned
-- month). Kept in the same transaction as
-- dossier_tally (figures.DossierTally), rebuilt with it; PeriodFiguresService reads them whenever a figure is not
-- filtered or grouped by field or procedure.

CREATE TABLE dossier_tally_unit (
    day                     DATE        NOT NULL,
    unit_id                 BIGINT      NOT NULL,
    channel                 VARCHAR(16) NOT NULL,
    received                BIGINT      NOT NULL DEFAULT 0,
    received_digitized      BIGINT      NOT NULL DEFAULT 0,
    resolved_early          BIGINT      NOT NULL DEFAULT 0,
    resolved_on_time        BIGINT      NOT NULL DEFAULT 0,
    resolved_late           BIGINT      NOT NULL DEFAULT 0,
    resolved_late_apology   BIGINT      NOT NULL DEFAULT 0,
    resolved_with_fee       BIGINT      NOT NULL DEFAULT 0,
    resolved_paid_online    BIGINT      NOT NULL DEFAULT 0,
    fee_amount              BIGINT      NOT NULL DEFAULT 0,
    resolved_digitized      BIGINT      NOT NULL DEFAULT 0,
    refused                 BIGINT      NOT NULL DEFAULT 0,
    withdrawn               BIGINT      NOT NULL DEFAULT 0,
    open_in_progress        BIGINT      NOT NULL DEFAULT 0,
    open_supplement         BIGINT      NOT NULL DEFAULT 0,
    open_financial          BIGINT      NOT NULL DEFAULT 0,
    open_other              BIGINT      NOT NULL DEFAULT 0,
    overdue                 BIGINT      NOT NULL DEFAULT 0,
    overdue_apology         BIGINT      NOT NULL DEFAULT 0,
    components_stored       BIGINT      NOT NULL DEFAULT 0,
    components_stored_known BIGINT      NOT NULL DEFAULT 0,
    result_stored           BIGINT      NOT NULL DEFAULT 0,
    result_stored_known     BIGINT      NOT NULL DEFAULT 0,
    reused_data             BIGINT      NOT NULL DEFAULT 0,
    reused_data_known       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_dossier_tally_unit PRIMARY KEY (day, unit_id, channel)
);

CREATE TABLE dossier_tally_unit_month (
    month_start             DATE        NOT NULL,
    unit_id                 BIGINT      NOT NULL,
    channel                 VARCHAR(16) NOT NULL,
    received                BIGINT      NOT NULL DEFAULT 0,
    received_digitized      BIGINT      NOT NULL DEFAULT 0,
    resolved_early          BIGINT      NOT NULL DEFAULT 0,
    resolved_on_time        BIGINT      NOT NULL DEFAULT 0,
    resolved_late           BIGINT      NOT NULL DEFAULT 0,
    resolved_late_apology   BIGINT      NOT NULL DEFAULT 0,
    resolved_with_fee       BIGINT      NOT NULL DEFAULT 0,
    resolved_paid_online    BIGINT      NOT NULL DEFAULT 0,
    fee_amount              BIGINT      NOT NULL DEFAULT 0,
    resolved_digitized      BIGINT      NOT NULL DEFAULT 0,
    refused                 BIGINT      NOT NULL DEFAULT 0,
    withdrawn               BIGINT      NOT NULL DEFAULT 0,
    open_in_progress        BIGINT      NOT NULL DEFAULT 0,
    open_supplement         BIGINT      NOT NULL DEFAULT 0,
    open_financial          BIGINT      NOT NULL DEFAULT 0,
    open_other              BIGINT      NOT NULL DEFAULT 0,
    overdue                 BIGINT      NOT NULL DEFAULT 0,
    overdue_apology         BIGINT      NOT NULL DEFAULT 0,
    components_stored       BIGINT      NOT NULL DEFAULT 0,
    components_stored_known BIGINT      NOT NULL DEFAULT 0,
    result_stored           BIGINT      NOT NULL DEFAULT 0,
    result_stored_known     BIGINT      NOT NULL DEFAULT 0,
    reused_data             BIGINT      NOT NULL DEFAULT 0,
    reused_data_known       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_dossier_tally_unit_month PRIMARY KEY (month_start, unit_id, channel)
);

CREATE TABLE dossier_tally_unit_in_person (
    result_day   DATE        NOT NULL,
    returned_day DATE        NOT NULL,
    unit_id      BIGINT      NOT NULL,
    channel      VARCHAR(16) NOT NULL,
    dossiers     BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_dossier_tally_unit_in_person PRIMARY KEY (result_day, returned_day, unit_id, channel)
);

-- The paid-in-person counts per (result month, returned month): a period of whole months needs no more.
CREATE TABLE dossier_tally_unit_in_person_month (
    result_month   DATE        NOT NULL,
    returned_month DATE        NOT NULL,
    unit_id        BIGINT      NOT NULL,
    channel        VARCHAR(16) NOT NULL,
    dossiers       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_dossier_tally_unit_in_person_month PRIMARY KEY (result_month, returned_month, unit_id, channel)
);

-- backfill: the same statements as figures.DossierTallySql.REBUILD_UNIT, REBUILD_UNIT_MONTHS,
-- REBUILD_UNIT_IN_PERSON and REBUILD_UNIT_IN_PERSON_MONTHS (a test runs these copies against them)
INSERT INTO dossier_tally_unit (day, unit_id, channel,
  received, received_digitized, resolved_early, resolved_on_time, resolved_late, resolved_late_apology,
  resolved_with_fee, resolved_paid_online, fee_amount, resolved_digitized, refused, withdrawn, open_in_progress,
  open_supplement, open_financial, open_other, overdue, overdue_apology, components_stored, components_stored_known,
  result_stored, result_stored_known, reused_data, reused_data_known)
SELECT day, unit_id, channel,
  SUM(received), SUM(received_digitized), SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late),
  SUM(resolved_late_apology), SUM(resolved_with_fee), SUM(resolved_paid_online), SUM(fee_amount),
  SUM(resolved_digitized), SUM(refused), SUM(withdrawn), SUM(open_in_progress), SUM(open_supplement),
  SUM(open_financial), SUM(open_other), SUM(overdue), SUM(overdue_apology), SUM(components_stored),
  SUM(components_stored_known), SUM(result_stored), SUM(result_stored_known), SUM(reused_data),
  SUM(reused_data_known)
FROM dossier_tally
GROUP BY day, unit_id, channel;

INSERT INTO dossier_tally_unit_month (month_start, unit_id, channel,
  received, received_digitized, resolved_early, resolved_on_time, resolved_late, resolved_late_apology,
  resolved_with_fee, resolved_paid_online, fee_amount, resolved_digitized, refused, withdrawn, open_in_progress,
  open_supplement, open_financial, open_other, overdue, overdue_apology, components_stored, components_stored_known,
  result_stored, result_stored_known, reused_data, reused_data_known)
SELECT month_start, unit_id, channel,
  SUM(received), SUM(received_digitized), SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late),
  SUM(resolved_late_apology), SUM(resolved_with_fee), SUM(resolved_paid_online), SUM(fee_amount),
  SUM(resolved_digitized), SUM(refused), SUM(withdrawn), SUM(open_in_progress), SUM(open_supplement),
  SUM(open_financial), SUM(open_other), SUM(overdue), SUM(overdue_apology), SUM(components_stored),
  SUM(components_stored_known), SUM(result_stored), SUM(result_stored_known), SUM(reused_data),
  SUM(reused_data_known)
FROM dossier_tally_month
GROUP BY month_start, unit_id, channel;

INSERT INTO dossier_tally_unit_in_person (result_day, returned_day, unit_id, channel, dossiers)
SELECT result_day, returned_day, unit_id, channel, SUM(dossiers)
FROM dossier_tally_in_person
GROUP BY result_day, returned_day, unit_id, channel;

INSERT INTO dossier_tally_unit_in_person_month (result_month, returned_month, unit_id, channel, dossiers)
SELECT TIMESTAMPADD(DAY, 1 - DAYOFMONTH(result_day), result_day),
  TIMESTAMPADD(DAY, 1 - DAYOFMONTH(returned_day), returned_day), unit_id, channel, SUM(dossiers)
FROM dossier_tally_unit_in_person
GROUP BY TIMESTAMPADD(DAY, 1 - DAYOFMONTH(result_day), result_day),
  TIMESTAMPADD(DAY, 1 - DAYOFMONTH(returned_day), returned_day), unit_id, channel;
