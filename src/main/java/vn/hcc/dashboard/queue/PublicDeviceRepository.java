package vn.hcc.dashboard.queue;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PublicDeviceRepository extends JpaRepository<PublicDevice, Long> {

    Optional<PublicDevice> findByTokenHash(String tokenHash);

    Page<PublicDevice> findAllByOrderByRevokedAtAscNameAsc(Pageable pageable);

    boolean existsByNameIgnoreCaseAndRevokedAtIsNull(String name);

    boolean existsByKindAndRevokedAtIsNull(DeviceKind kind);
}
