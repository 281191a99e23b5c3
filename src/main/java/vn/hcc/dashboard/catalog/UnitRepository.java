package vn.hcc.dashboard.catalog;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, Long> {

    boolean existsByCodeIgnoreCaseAndIdNot(String code, long id);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    @EntityGraph(attributePaths = "parent")
    @Query("""
            select u from Unit u
            where (:filter = '' or lower(u.name) like concat('%', :filter, '%') or lower(u.code) like concat('%', :filter, '%'))
              and (:kind is null or u.kind = :kind)
            """)
    Page<Unit> search(@Param("filter") String filter, @Param("kind") UnitKind kind, Pageable pageable);

    @EntityGraph(attributePaths = "parent")
    List<Unit> findAllByOrderByName();

    java.util.Optional<Unit> findFirstByKindOrderByName(UnitKind kind);

    /** Id and name of each of {@code ids} that exists. */
    @Query("select u.id, u.name from Unit u where u.id in :ids")
    List<Object[]> names(@Param("ids") Collection<Long> ids);

    @Query("select count(u) from Unit u where u.parent.id = :id")
    long countChildren(@Param("id") long id);
}
