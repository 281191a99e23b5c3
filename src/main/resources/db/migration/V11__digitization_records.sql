-- The digitization form's optional records of a dossier: its components stored in the electronic data warehouse
-- (kho quản lý dữ liệu điện tử), its result stored there, and the reuse of already digitized data. NULL means not
-- recorded: a period in which no dossier records a fact shows an empty cell, never a made-up 0.
ALTER TABLE dossier ADD COLUMN components_stored BOOLEAN NULL;
ALTER TABLE dossier ADD COLUMN result_stored BOOLEAN NULL;
ALTER TABLE dossier ADD COLUMN reused_data BOOLEAN NULL;

-- Their day sums, beside V7's: *_known counts the dossiers that record the fact at all (yes or no). No dossier
-- records any of them before this migration, so 0 is the backfill of every existing row.
ALTER TABLE dossier_tally ADD COLUMN components_stored BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dossier_tally ADD COLUMN components_stored_known BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dossier_tally ADD COLUMN result_stored BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dossier_tally ADD COLUMN result_stored_known BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dossier_tally ADD COLUMN reused_data BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dossier_tally ADD COLUMN reused_data_known BIGINT NOT NULL DEFAULT 0;

ALTER TABLE dossier_tally_month ADD COLUMN components_stored BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dossier_tally_month ADD COLUMN components_stored_known BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dossier_tally_month ADD COLUMN result_stored BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dossier_tally_month ADD COLUMN result_stored_known BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dossier_tally_month ADD COLUMN reused_data BIGINT NOT NULL DEFAULT 0;
ALTER TABLE dossier_tally_month ADD COLUMN reused_data_known BIGINT NOT NULL DEFAULT 0;
