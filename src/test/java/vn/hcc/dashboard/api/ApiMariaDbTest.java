package vn.hcc.dashboard.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.hcc.dashboard.MariaDbTest;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitDraft;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * API keys on MariaDB (V18): a key limited to a unit is stored as its hash with its unit, found by its token, its
 * calls audited in their own transaction and its last use noted; revoked, the token finds nothing; the unit cannot
 * be deleted from under the key.
 */
@MariaDbTest
class ApiMariaDbTest {

    @Autowired
    ApiKeyService keys;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

    @Test
    void aScopedKeyIsStoredFoundAuditedAndRevoked() {
        Unit unit = SystemAccess.asAdmin(() -> units.save(new UnitDraft(null, 0, "API" + suffix,
                "UBND xã Trung Kênh " + suffix, UnitKind.COMMUNE, null, true)));
        CreatedApiKey created = ApiClient.key(keys, Set.of(unit.getId()), true, true);

        assertThat(jdbc.queryForObject("SELECT token_hash FROM api_key WHERE id = ?", String.class,
                created.key().getId())).isEqualTo(vn.hcc.dashboard.base.SecretTokens.hash(created.token())).doesNotContain(created.token());
        Optional<ApiCaller> caller = keys.authenticate(created.token());
        assertThat(caller).hasValueSatisfying(c -> assertThat(c.unitIds()).containsExactly(unit.getId()));
        keys.recordCall(caller, new ApiCall("GET", "/api/v1/dossiers/X", null, 404, "127.0.0.1", null));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'API_CALL'"
                + " AND entity_id = ?", Long.class, created.key().getId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_key WHERE id = ?", Object.class,
                created.key().getId())).isNotNull();

        assertThatThrownBy(() -> SystemAccess.asAdmin(() -> units.delete(unit.getId())))
                .isInstanceOf(FieldValidationException.class);
        SystemAccess.asAdmin(() -> keys.revoke(created.key().getId()));
        assertThat(keys.authenticate(created.token())).isEmpty();
    }
}
