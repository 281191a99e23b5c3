package vn.hcc.dashboard.pakn;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaknHistoryRepository extends JpaRepository<PaknHistory, Long> {

    List<PaknHistory> findByPaknIdOrderByChangedAtAscIdAsc(long paknId);
}
