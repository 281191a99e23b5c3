package vn.hcc.dashboard.queue;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ServiceCounterRepository extends JpaRepository<ServiceCounter, Long> {

    boolean existsByCodeIgnoreCaseAndIdNot(String code, long id);

    boolean existsByNameIgnoreCaseAndIdNot(String name, long id);

    List<ServiceCounter> findAllByOrderByCode();

    java.util.Optional<ServiceCounter> findByCodeIgnoreCase(String code);

    List<ServiceCounter> findByActiveTrueOrderByCode();

    /** Id and name of each of {@code ids} that exists. */
    @Query("select c.id, c.name from ServiceCounter c where c.id in :ids")
    List<Object[]> names(@Param("ids") Collection<Long> ids);

    @Query("""
            select c from ServiceCounter c
            where :filter = '' or lower(c.name) like concat('%', :filter, '%') or lower(c.code) like concat('%', :filter, '%')
            """)
    Page<ServiceCounter> search(@Param("filter") String filter, Pageable pageable);
}
