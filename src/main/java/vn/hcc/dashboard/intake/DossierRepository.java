package vn.hcc.dashboard.intake;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierRepository extends JpaRepository<Dossier, Long> {

    Optional<Dossier> findByCode(String code);
}
