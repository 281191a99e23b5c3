package vn.hcc.dashboard.equipment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EquipmentFaultRepository extends JpaRepository<EquipmentFault, Long> {

    List<EquipmentFault> findByItemIdOrderByOpenedOnDescIdDesc(long itemId);

    Optional<EquipmentFault> findFirstByItemIdAndClosedOnIsNull(long itemId);

    boolean existsByItemId(long itemId);
}
