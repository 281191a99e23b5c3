package vn.hcc.dashboard.queue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TicketRepository extends JpaRepository<Ticket, Long> {

    /**
     * A counter's queue on a day in the order it calls it: priority tickets first, then the queue order (see
     * V5__queue.sql and V23). A ticket transferred to one counter is in that counter's queue only, whatever its field.
     */
    @Query("""
            select t from Ticket t
            where t.issuedOn = :day and t.status = vn.hcc.dashboard.queue.TicketStatus.WAITING
              and ((t.targetCounterId is null and t.fieldId in :fields) or t.targetCounterId = :counter)
            order by case when t.priority is null then 1 else 0 end, t.queuedAt, t.id
            """)
    List<Ticket> findWaiting(@Param("day") LocalDate day, @Param("fields") Collection<Long> fields,
            @Param("counter") long counterId, Pageable page);

    /** The day's latest calls and recalls, newest first: the display's list of recent calls. */
    List<Ticket> findByIssuedOnAndAnnouncedAtIsNotNullOrderByAnnouncedAtDescIdDesc(LocalDate day, Pageable page);

    boolean existsByTargetCounterId(Long counterId);

    /**
     * Takes a ticket for a counter only if it is still waiting: when two counters pick the same ticket at the same
     * moment, the database lets one update through and the other sees 0 rows and tries the next ticket.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update Ticket t set t.status = vn.hcc.dashboard.queue.TicketStatus.CALLED, t.calledAt = :now,
              t.announcedAt = :now, t.counterId = :counter, t.servedBy = :user, t.version = t.version + 1
            where t.id = :id and t.status = vn.hcc.dashboard.queue.TicketStatus.WAITING
            """)
    int claim(@Param("id") long id, @Param("counter") long counter, @Param("user") String user,
            @Param("now") LocalDateTime now);

    List<Ticket> findByCounterIdAndIssuedOnAndStatusOrderByAnnouncedAtDesc(Long counterId, LocalDate day,
            TicketStatus status);

    List<Ticket> findByIssuedOnAndStatusOrderByAnnouncedAtDesc(LocalDate day, TicketStatus status);

    long countByIssuedOnAndStatus(LocalDate day, TicketStatus status);

    /**
     * How many tickets of the same field will be called before this one, in the order of {@link #findWaiting}:
     * priority tickets first, then the queue order. Tickets sent to one counter are that counter's, not the field's.
     */
    @Query("""
            select count(t) from Ticket t
            where t.issuedOn = :#{#ticket.issuedOn} and t.fieldId = :#{#ticket.fieldId}
              and t.status = vn.hcc.dashboard.queue.TicketStatus.WAITING and t.targetCounterId is null
              and ((case when t.priority is null then 1 else 0 end) < :#{#ticket.priority == null ? 1 : 0}
                or ((case when t.priority is null then 1 else 0 end) = :#{#ticket.priority == null ? 1 : 0}
                  and (t.queuedAt < :#{#ticket.queuedAt}
                    or (t.queuedAt = :#{#ticket.queuedAt} and t.id < :#{#ticket.id}))))
            """)
    long countAhead(@Param("ticket") Ticket ticket);

    @Query("""
            select t.fieldId, count(t) from Ticket t
            where t.issuedOn = :day and t.status = vn.hcc.dashboard.queue.TicketStatus.WAITING
            group by t.fieldId
            """)
    List<Object[]> countWaitingByField(@Param("day") LocalDate day);

    boolean existsByCounterId(Long counterId);

    Optional<Ticket> findFirstByCounterIdAndStatusAndServedUntilGreaterThanEqualOrderByServedUntilDescIdDesc(
            Long counterId, TicketStatus status, LocalDateTime since);

    @Query(value = """
            select t from Ticket t
            where t.status = vn.hcc.dashboard.queue.TicketStatus.SERVED and t.servedUntil >= :start
              and t.servedUntil < :end
            order by t.servedUntil, t.id
            """)
    org.springframework.data.domain.Page<Ticket> findServedBetween(@Param("start") LocalDateTime start,
            @Param("end") LocalDateTime end, Pageable page);

    Optional<Ticket> findByTrackingCode(String trackingCode);

    /** The ticket a transfer gave the citizen in place of {@code from}. */
    Optional<Ticket> findFirstByTransferredFromIdOrderByIdDesc(Long from);
}
