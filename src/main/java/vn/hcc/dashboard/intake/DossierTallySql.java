package vn.hcc.dashboard.intake;

import static vn.hcc.dashboard.intake.DossierTally.COLUMNS;

/** The statements that write {@code dossier_tally}, {@code dossier_tally_month} and {@code dossier_tally_in_person} (V7, V11). */
final class DossierTallySql {

    private DossierTallySql() {
    }

    /**
     * Recomputes dossier_tally from the dossiers; V7's backfill is this statement without V11's columns (no dossier
     * recorded those facts before V11, so their backfill is the column default 0).
     */
    static final String REBUILD = """
            INSERT INTO dossier_tally (day, unit_id, field_id, procedure_id, channel, received, received_digitized,
              resolved_early, resolved_on_time, resolved_late, resolved_late_apology, resolved_with_fee, resolved_paid_online,
              fee_amount, resolved_digitized, refused, withdrawn, open_in_progress, open_supplement, open_financial, open_other,
              overdue, overdue_apology, components_stored, components_stored_known, result_stored, result_stored_known,
              reused_data, reused_data_known)
            SELECT day, unit_id, field_id, procedure_id, channel, SUM(received), SUM(received_digitized), SUM(resolved_early),
              SUM(resolved_on_time), SUM(resolved_late), SUM(resolved_late_apology), SUM(resolved_with_fee),
              SUM(resolved_paid_online), SUM(fee_amount), SUM(resolved_digitized), SUM(refused), SUM(withdrawn),
              SUM(open_in_progress), SUM(open_supplement), SUM(open_financial), SUM(open_other), SUM(overdue),
              SUM(overdue_apology), SUM(components_stored), SUM(components_stored_known), SUM(result_stored),
              SUM(result_stored_known), SUM(reused_data), SUM(reused_data_known)
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
                0 AS overdue, 0 AS overdue_apology,
                CASE WHEN components_stored THEN 1 ELSE 0 END AS components_stored,
                CASE WHEN components_stored IS NULL THEN 0 ELSE 1 END AS components_stored_known,
                0 AS result_stored, 0 AS result_stored_known,
                CASE WHEN reused_data THEN 1 ELSE 0 END AS reused_data,
                CASE WHEN reused_data IS NULL THEN 0 ELSE 1 END AS reused_data_known
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
                0, 0, 0, 0,
                CASE WHEN result_stored THEN 1 ELSE 0 END,
                CASE WHEN result_stored IS NULL THEN 0 ELSE 1 END,
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
                0, 0, 0, 0, 0, 0, 0, 0
              FROM dossier WHERE result_on IS NULL AND ended_on IS NOT NULL
              UNION ALL
              SELECT GREATEST(received_on, TIMESTAMPADD(DAY, 1, due_on)), unit_id, field_id, COALESCE(procedure_id, 0),
                channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                1, CASE WHEN apology_sent THEN 1 ELSE 0 END, 0, 0, 0, 0, 0, 0
              FROM dossier WHERE status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER')
              UNION ALL
              SELECT GREATEST(COALESCE(result_on, ended_on), received_on, TIMESTAMPADD(DAY, 1, due_on)), unit_id, field_id,
                COALESCE(procedure_id, 0), channel, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                -1, CASE WHEN apology_sent THEN -1 ELSE 0 END, 0, 0, 0, 0, 0, 0
              FROM dossier WHERE status NOT IN ('SUPPLEMENT_REQUESTED', 'SUSPENDED_FINANCIAL', 'SUSPENDED_OTHER')
                AND (result_on IS NOT NULL OR ended_on IS NOT NULL)
            ) e
            GROUP BY day, unit_id, field_id, procedure_id, channel
            """;

    /** Recomputes dossier_tally_month from dossier_tally; V7's backfill is this statement without V11's columns. */
    static final String REBUILD_MONTHS = """
            INSERT INTO dossier_tally_month (month_start, unit_id, field_id, procedure_id, channel, received,
              received_digitized, resolved_early, resolved_on_time, resolved_late, resolved_late_apology, resolved_with_fee,
              resolved_paid_online, fee_amount, resolved_digitized, refused, withdrawn, open_in_progress, open_supplement,
              open_financial, open_other, overdue, overdue_apology, components_stored, components_stored_known, result_stored,
              result_stored_known, reused_data, reused_data_known)
            SELECT TIMESTAMPADD(DAY, 1 - DAYOFMONTH(day), day), unit_id, field_id, procedure_id, channel, SUM(received),
              SUM(received_digitized), SUM(resolved_early), SUM(resolved_on_time), SUM(resolved_late), SUM(resolved_late_apology),
              SUM(resolved_with_fee), SUM(resolved_paid_online), SUM(fee_amount), SUM(resolved_digitized), SUM(refused),
              SUM(withdrawn), SUM(open_in_progress), SUM(open_supplement), SUM(open_financial), SUM(open_other), SUM(overdue),
              SUM(overdue_apology), SUM(components_stored), SUM(components_stored_known), SUM(result_stored),
              SUM(result_stored_known), SUM(reused_data), SUM(reused_data_known)
            FROM dossier_tally
            GROUP BY TIMESTAMPADD(DAY, 1 - DAYOFMONTH(day), day), unit_id, field_id, procedure_id, channel
            """;

    /** Recomputes dossier_tally_in_person from the dossiers; V7's backfill is a copy of this statement. */
    static final String REBUILD_IN_PERSON = """
            INSERT INTO dossier_tally_in_person (result_day, returned_day, unit_id, field_id, procedure_id, channel, dossiers)
            SELECT GREATEST(result_on, received_on), GREATEST(returned_on, received_on), unit_id, field_id,
              COALESCE(procedure_id, 0), channel, COUNT(*)
            FROM dossier
            WHERE result_on IS NOT NULL AND returned_on IS NOT NULL AND fee > 0 AND NOT paid_online
            GROUP BY GREATEST(result_on, received_on), GREATEST(returned_on, received_on), unit_id, field_id,
              COALESCE(procedure_id, 0), channel
            """;

    static final String UPSERT = "INSERT INTO dossier_tally (day, unit_id, field_id, procedure_id, channel, "
            + String.join(", ", COLUMNS) + ") VALUES (?, ?, ?, ?, ?" + ", ?".repeat(COLUMNS.size())
            + ") ON DUPLICATE KEY UPDATE " + String.join(", ",
                    COLUMNS.stream().map(c -> c + " = " + c + " + VALUES(" + c + ")").toList());

    static final String UPSERT_MONTH = UPSERT.replace("dossier_tally (day,", "dossier_tally_month (month_start,");

    static final String UPSERT_IN_PERSON = "INSERT INTO dossier_tally_in_person (result_day, returned_day, unit_id,"
            + " field_id, procedure_id, channel, dossiers) VALUES (?, ?, ?, ?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE dossiers = dossiers + VALUES(dossiers)";
}
