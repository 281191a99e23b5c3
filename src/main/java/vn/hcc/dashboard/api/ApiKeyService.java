package vn.hcc.dashboard.api;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditAction;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The API keys: the administrator creates (the token is in the answer and nowhere else), lists and revokes them;
 * {@link ApiKeyFilter} finds the caller of each request by its token and writes each call to the audit trail.
 */
@Service
@Transactional
@Requires(Permission.API_ADMIN)
public class ApiKeyService {

    /** Longer than any token made here; a longer header is refused before it is hashed. */
    private static final int MAX_TOKEN_LENGTH = 100;

    private final ApiKeyRepository keys;
    private final UnitService units;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, UnitService units, CurrentUser currentUser, AuditService audit,
            Clock clock) {
        this.keys = keys;
        this.units = units;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** Active keys first, then revoked ones, each by name, with the names of their units. */
    @Transactional(readOnly = true)
    public Page<ApiKeyRow> rows(Pageable pageable) {
        Page<ApiKey> page = keys.findAllByOrderByRevokedAtAscNameAsc(pageable);
        Set<Long> ids = page.getContent().stream().flatMap(k -> k.getUnitIds().stream()).collect(Collectors.toSet());
        Map<Long, String> names = units.namesOf(ids);
        return page.map(k -> new ApiKeyRow(k, k.getUnitIds().stream().map(id -> names.getOrDefault(id, "#" + id))
                .collect(Collectors.toCollection(TreeSet::new)).stream().toList()));
    }

    @Transactional(readOnly = true)
    public long count() {
        return keys.count();
    }

    /** Creates a key with a fresh token; it must read or write or both. */
    public CreatedApiKey create(ApiKeyDraft draft) {
        String name = Validate.text("name", draft.name(), 200);
        if (!draft.canRead() && !draft.canWrite()) {
            throw new FieldValidationException("scope", "api.key.error.no-scope");
        }
        if (keys.existsByNameIgnoreCaseAndRevokedAtIsNull(name)) {
            throw new FieldValidationException("name", "validation.duplicate-name", name);
        }
        if (units.namesOf(draft.unitIds()).size() != draft.unitIds().size()) {
            throw new FieldValidationException("units", "api.key.error.unknown-unit");
        }
        String token = vn.hcc.dashboard.base.SecretTokens.newToken();
        ApiKey key = keys.save(new ApiKey(name, token, draft.unitIds(), draft.canRead(), draft.canWrite(),
                currentUser.username().orElse(AuditService.SYSTEM), now()));
        audit.record(AuditEvent.created(AuditedType.API_KEY, key.getId(), key.getName(), audited(key)));
        return new CreatedApiKey(key, token);
    }

    /** Shuts the key out from its next call on; revoking twice is harmless. */
    public void revoke(long id) {
        ApiKey key = keys.findById(id).orElseThrow(() -> new ConcurrentEditException("apiKey", id));
        if (!key.isRevoked()) {
            Map<String, Object> before = audited(key);
            key.revoke(now());
            keys.saveAndFlush(key);
            audit.record(AuditEvent.of(AuditedType.API_KEY, id, key.getName(), AuditAction.STATUS, before,
                    audited(key)));
        }
    }

    /** The caller holding this token: an active key's; empty for a missing, malformed, unknown or revoked token. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<ApiCaller> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return keys.findByTokenHashAndRevokedAtIsNull(vn.hcc.dashboard.base.SecretTokens.hash(token.strip())).map(ApiCaller::of);
    }

    /**
     * Writes one call to the audit trail, in a transaction of its own (the call's own work has committed or rolled
     * back by then), and notes the key as used. {@code caller} is empty for a call no key authenticated.
     */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordCall(Optional<ApiCaller> caller, ApiCall call) {
        caller.flatMap(c -> keys.findById(c.keyId())).ifPresent(k -> k.used(now()));
        audit.record(AuditEvent.of(AuditedType.API_CALL, caller.map(ApiCaller::keyId).orElse(null),
                caller.map(ApiCaller::name).orElse(""), AuditAction.CALL, null, call));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static Map<String, Object> audited(ApiKey k) {
        return AuditEvent.snapshot("name", k.getName(), "tokenPrefix", k.getTokenPrefix(), "read", k.canRead(),
                "write", k.canWrite(), "units", new TreeSet<>(k.getUnitIds()), "revokedAt", k.getRevokedAt());
    }
}
