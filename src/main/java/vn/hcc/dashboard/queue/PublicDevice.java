package vn.hcc.dashboard.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * A kiosk, hall display or rating tablet allowed to open its public page. Only the hash of its token is kept (see
 * {@link vn.hcc.dashboard.base.SecretTokens}); the token itself is shown once, when the device is created.
 */
@Entity
@Table(name = "public_device")
public class PublicDevice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeviceKind kind;

    @Column(name = "counter_id")
    private Long counterId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_seen_at")
    private LocalDateTime lastSeenAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    @Version
    private long version;

    protected PublicDevice() {
    }

    PublicDevice(String name, DeviceKind kind, Long counterId, String tokenHash, String createdBy,
            LocalDateTime createdAt) {
        this.name = name;
        this.kind = kind;
        this.counterId = counterId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void seen(LocalDateTime at) {
        this.lastSeenAt = at;
    }

    void revoke(LocalDateTime at) {
        this.revokedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public DeviceKind getKind() {
        return kind;
    }

    public Long getCounterId() {
        return counterId;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastSeenAt() {
        return lastSeenAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public long getVersion() {
        return version;
    }
}
