package vn.hcc.dashboard.audit;

import java.time.LocalDateTime;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

    String FILTER = " from AuditEntry e where e.at >= :from and e.at < :until"
            + " and (:type is null or e.type = :type) and (:actor = '' or lower(e.actor) like :actor)"
            + " and (:text = '' or lower(e.label) like :text or cast(e.entityId as string) = :id)";

    @Query("select e" + FILTER + " order by e.at desc, e.id desc")
    Slice<AuditEntry> search(@Param("from") LocalDateTime from, @Param("until") LocalDateTime until,
            @Param("type") AuditedType type, @Param("actor") String actor, @Param("text") String text,
            @Param("id") String id, Pageable page);

    @Query("select count(e)" + FILTER)
    long count(@Param("from") LocalDateTime from, @Param("until") LocalDateTime until,
            @Param("type") AuditedType type, @Param("actor") String actor, @Param("text") String text,
            @Param("id") String id);
}
