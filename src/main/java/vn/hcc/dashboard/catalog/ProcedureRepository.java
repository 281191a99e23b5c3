package vn.hcc.dashboard.catalog;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProcedureRepository extends JpaRepository<Procedure, Long> {

    boolean existsByCodeIgnoreCaseAndIdNot(String code, long id);

    @EntityGraph(attributePaths = {"field", "unit"})
    Optional<Procedure> findByCodeIgnoreCase(String code);

    @EntityGraph(attributePaths = {"field", "unit"})
    @Query("""
            select p from Procedure p
            where (:filter = '' or lower(p.name) like concat('%', :filter, '%') or lower(p.code) like concat('%', :filter, '%'))
              and (:fieldId is null or p.field.id = :fieldId)
              and (:unitId is null or p.unit.id = :unitId)
            """)
    Page<Procedure> search(@Param("filter") String filter, @Param("fieldId") Long fieldId,
            @Param("unitId") Long unitId, Pageable pageable);

    @EntityGraph(attributePaths = {"field", "unit"})
    Optional<Procedure> findWithCatalogById(long id);

    long countByFieldId(long fieldId);

    long countByUnitId(long unitId);
}
