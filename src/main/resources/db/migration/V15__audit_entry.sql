-- The audit trail: one row per change of a dossier, staff member, duty, equipment item, fault, outage, target,
-- catalogue entry or user account, written in the transaction of the change (a rollback leaves no row). "changes" is
-- JSON text {"field": [before, after]} (values as text, null for none). Rows are never updated nor deleted by the
-- application. Portable SQL: TEXT is a long VARCHAR on H2 (MariaDB mode) and a TEXT on MariaDB 10.11.
CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    changed_at  DATETIME(6)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    entity_type VARCHAR(20)  NOT NULL,
    entity_id   BIGINT,
    label       VARCHAR(300) NOT NULL,
    action      VARCHAR(20)  NOT NULL,
    changes     TEXT         NOT NULL
);
CREATE INDEX ix_audit_entry_entity ON audit_entry (entity_type, entity_id);
CREATE INDEX ix_audit_entry_changed_at ON audit_entry (changed_at);
