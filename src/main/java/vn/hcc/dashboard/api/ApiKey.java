package vn.hcc.dashboard.api;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

/**
 * A key another system calls the dossier API with. Only the hash of its token is kept ({@link vn.hcc.dashboard.base.SecretTokens}), and the
 * token's first characters so that the administrator can tell keys apart; the token itself is shown once.
 */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "token_prefix", nullable = false, length = 8)
    private String tokenPrefix;

    @Column(name = "can_read", nullable = false)
    private boolean canRead;

    @Column(name = "can_write", nullable = false)
    private boolean canWrite;

    /** The units the key may read and write; empty: every unit. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_key_unit", joinColumns = @JoinColumn(name = "api_key_id"))
    @Column(name = "unit_id", nullable = false)
    private Set<Long> unitIds = new HashSet<>();

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Version
    private long version;

    protected ApiKey() {
    }

    ApiKey(String name, String token, Set<Long> unitIds, boolean canRead, boolean canWrite, String createdBy,
            LocalDateTime createdAt) {
        this.name = name;
        this.tokenHash = vn.hcc.dashboard.base.SecretTokens.hash(token);
        this.tokenPrefix = token.substring(0, 8);
        this.unitIds = new HashSet<>(unitIds);
        this.canRead = canRead;
        this.canWrite = canWrite;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void used(LocalDateTime at) {
        lastUsedAt = at;
    }

    void revoke(LocalDateTime at) {
        revokedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public boolean canRead() {
        return canRead;
    }

    public boolean canWrite() {
        return canWrite;
    }

    public Set<Long> getUnitIds() {
        return Set.copyOf(unitIds);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
