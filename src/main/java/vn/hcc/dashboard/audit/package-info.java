/**
 * The audit trail: who changed what, when, and each changed field before and after, for every feature's writes
 * (dossiers, staff and duty, equipment, targets, the catalogue, user accounts). A feature's service calls
 * {@link vn.hcc.dashboard.audit.AuditService#record} inside its own transaction, so a rolled-back change leaves no
 * entry and a committed one always has one; {@link vn.hcc.dashboard.audit.AuditEvent} computes the changed fields
 * from two snapshots (records or maps) the feature chooses, which never hold a password hash. Features depend on
 * audit, audit on no feature but security (the current user, the permission) and base; the security feature itself
 * tells of account changes through its {@code UserChanges}, which {@code UserAudit} implements here. The trail is
 * read at {@code /admin/audit} and exported through the report contract ({@code AuditReport}).
 */
package vn.hcc.dashboard.audit;
