package vn.hcc.dashboard.pakn;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PaknPhotoRepository extends JpaRepository<PaknPhoto, Long> {

    List<PaknPhoto> findByPaknIdOrderByPosition(long paknId);
}
