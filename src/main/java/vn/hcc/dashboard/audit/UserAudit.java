package vn.hcc.dashboard.audit;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.hcc.dashboard.security.UserChanges;

/** Account changes into the trail: name, roles and the lock as before/after; a new password only as a fact. */
@Component
class UserAudit implements UserChanges {

    private final AuditService audit;

    UserAudit(AuditService audit) {
        this.audit = audit;
    }

    @Override
    public void changed(long id, Snapshot before, Snapshot after) {
        audit.record(before == null ? AuditEvent.created(AuditedType.USER, id, after.username(), after)
                : AuditEvent.updated(AuditedType.USER, id, after.username(), before, after));
    }

    @Override
    public void passwordSet(long id, String username) {
        // The marker only says that the password changed; neither the old nor the new one is ever known here.
        audit.record(new AuditEvent(AuditedType.USER, id, username, AuditAction.PASSWORD,
                Map.of("passwordChanged", new Change(null, "✓"))));
    }
}
