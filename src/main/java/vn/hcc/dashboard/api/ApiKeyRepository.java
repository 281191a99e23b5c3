package vn.hcc.dashboard.api;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

    Optional<ApiKey> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    boolean existsByNameIgnoreCaseAndRevokedAtIsNull(String name);

    /** Active keys first, then revoked ones, each by name. */
    Page<ApiKey> findAllByOrderByRevokedAtAscNameAsc(Pageable pageable);
}
