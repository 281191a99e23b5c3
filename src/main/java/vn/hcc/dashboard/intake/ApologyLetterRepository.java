package vn.hcc.dashboard.intake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApologyLetterRepository extends JpaRepository<ApologyLetter, Long> {

    Optional<ApologyLetter> findByDossierId(long dossierId);
}
