package vn.hcc.dashboard.catalog;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WorkFieldRepository extends JpaRepository<WorkField, Long> {

    boolean existsByCodeIgnoreCaseAndIdNot(String code, long id);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    @Query("""
            select f from WorkField f
            where :filter = '' or lower(f.name) like concat('%', :filter, '%') or lower(f.code) like concat('%', :filter, '%')
            """)
    Page<WorkField> search(@Param("filter") String filter, Pageable pageable);

    List<WorkField> findAllByOrderByName();

    /** Id and name of each of {@code ids} that exists. */
    @Query("select f.id, f.name from WorkField f where f.id in :ids")
    List<Object[]> names(@Param("ids") Collection<Long> ids);
}
