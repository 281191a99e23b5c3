package vn.hcc.dashboard.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DutyRepository extends JpaRepository<DutyAssignment, Long> {

    @Query("select d from DutyAssignment d join fetch d.staff where d.day between :from and :to order by d.day")
    List<DutyAssignment> between(LocalDate from, LocalDate to);

    @Query("""
            select d from DutyAssignment d join fetch d.staff s
            where s.id = :staffId and d.day between :from and :to order by d.day""")
    List<DutyAssignment> ofStaffBetween(long staffId, LocalDate from, LocalDate to);

    @Query("select d from DutyAssignment d join fetch d.staff where d.day = :day and d.counterId = :counterId")
    Optional<DutyAssignment> atCounter(LocalDate day, long counterId);

    @Query("select d from DutyAssignment d join fetch d.staff s where d.day = :day and s.id = :staffId")
    Optional<DutyAssignment> ofStaff(LocalDate day, long staffId);

    @Query("""
            select count(d) from DutyAssignment d
            where d.staff.id = :staffId and (d.day < :from or d.day > :to)""")
    long countOutside(long staffId, LocalDate from, LocalDate to);

    @Modifying(flushAutomatically = true)
    @Query("delete from DutyAssignment d where d.staff.id = :staffId and d.day > :after")
    int deleteAfter(long staffId, LocalDate after);
}
