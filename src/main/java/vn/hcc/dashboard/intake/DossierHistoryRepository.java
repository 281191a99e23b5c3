package vn.hcc.dashboard.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DossierHistoryRepository extends JpaRepository<DossierHistory, Long> {

    List<DossierHistory> findByDossierIdOrderByChangedAtAscIdAsc(long dossierId);
}
