package vn.hcc.dashboard.reports;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LetterheadRepository extends JpaRepository<Letterhead, Long> {

    Optional<Letterhead> findByUnitId(long unitId);
}
