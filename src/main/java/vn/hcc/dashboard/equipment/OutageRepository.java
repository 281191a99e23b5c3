package vn.hcc.dashboard.equipment;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OutageRepository extends JpaRepository<Outage, Long> {

    /** Outages going on at some moment of [start, end): started before its end and not ended before its start. */
    @Query("""
            select o from Outage o where o.startedAt < :end and (o.endedAt is null or o.endedAt > :start)
            order by o.startedAt""")
    List<Outage> overlapping(LocalDateTime start, LocalDateTime end, Pageable pageable);

    @Query("""
            select o from Outage o where o.kind = :kind and o.id <> :id
              and o.startedAt < :end and (o.endedAt is null or o.endedAt > :start)""")
    List<Outage> overlappingOfKind(OutageKind kind, LocalDateTime start, LocalDateTime end, long id);
}
