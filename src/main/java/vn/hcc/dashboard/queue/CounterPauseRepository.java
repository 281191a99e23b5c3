package vn.hcc.dashboard.queue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CounterPauseRepository extends JpaRepository<CounterPause, Long> {

    Optional<CounterPause> findFirstByCounterIdAndEndedAtIsNullOrderByStartedAtDesc(long counterId);

    List<CounterPause> findByEndedAtIsNull();

    /** The pauses of a counter that overlap [from, to), oldest first. */
    @Query("""
            select p from CounterPause p
            where p.counterId = :counter and p.startedAt < :to and (p.endedAt is null or p.endedAt > :from)
            order by p.startedAt, p.id
            """)
    List<CounterPause> overlapping(@Param("counter") long counterId, @Param("from") LocalDateTime from,
            @Param("to") LocalDateTime to);

    boolean existsByCounterId(long counterId);
}
