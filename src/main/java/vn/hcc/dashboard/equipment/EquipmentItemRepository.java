package vn.hcc.dashboard.equipment;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface EquipmentItemRepository extends JpaRepository<EquipmentItem, Long>, JpaSpecificationExecutor<EquipmentItem> {

    /** Type → summed quantity of the items in one status: the checklist's "present" column. */
    @Query("select i.type, sum(i.quantity) from EquipmentItem i where i.status = :status group by i.type")
    List<Object[]> quantityByType(EquipmentStatus status);

    /** Items out of order with the opening day of their open fault, if any. */
    @Query("""
            select i, f.openedOn from EquipmentItem i
              left join EquipmentFault f on f.itemId = i.id and f.closedOn is null
            where i.status in :statuses order by f.openedOn, i.type, i.name""")
    List<Object[]> withStatusAndOpenFault(Collection<EquipmentStatus> statuses, Pageable pageable);

    long countByStatusIn(Collection<EquipmentStatus> statuses);

    static Specification<EquipmentItem> matching(EquipmentFilter f) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (f.type() != null) {
                p.add(cb.equal(root.get("type"), f.type()));
            }
            if (f.status() != null) {
                p.add(cb.equal(root.get("status"), f.status()));
            }
            if (f.counterId() != null) {
                p.add(cb.equal(root.get("counterId"), f.counterId()));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
