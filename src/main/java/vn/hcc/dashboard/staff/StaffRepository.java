package vn.hcc.dashboard.staff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StaffRepository extends JpaRepository<StaffMember, Long> {

    /** {@code activeOnly}: only the people working at the Center on {@code day}. */
    @Query("""
            select s from StaffMember s
            where (:filter = '' or lower(s.fullName) like concat('%', :filter, '%')
                   or lower(s.position) like concat('%', :filter, '%'))
              and (:type is null or s.type = :type)
              and (:activeOnly = false or (s.activeFrom <= :day and (s.activeTo is null or s.activeTo >= :day)))
            """)
    Page<StaffMember> search(String filter, EmploymentType type, boolean activeOnly, LocalDate day, Pageable pageable);

    @Query("""
            select s from StaffMember s
            where s.activeFrom <= :to and (s.activeTo is null or s.activeTo >= :from) order by s.fullName""")
    List<StaffMember> activeBetween(LocalDate from, LocalDate to);

    Optional<StaffMember> findByUserId(long userId);

    /** Id and full name of each of {@code ids} that exists. */
    @Query("select s.id, s.fullName from StaffMember s where s.id in :ids")
    List<Object[]> names(java.util.Collection<Long> ids);

    Optional<StaffMember> findFirstByUserIdAndIdNot(long userId, long id);

    /** The counts of {@link StaffSummary}, one row, as the Kim Thành Q3/2025 report and the Ba Vì 2024 report's appendix classify people. */
    @Query("""
            select new vn.hcc.dashboard.staff.StaffCounts(count(s),
              sum(case when s.type <> vn.hcc.dashboard.staff.EmploymentType.SUPPORT then 1 else 0 end),
              sum(case when s.type = vn.hcc.dashboard.staff.EmploymentType.SUPPORT then 1 else 0 end),
              sum(case when s.type <> vn.hcc.dashboard.staff.EmploymentType.SUPPORT and s.concurrentDuty is null
                       then 1 else 0 end),
              sum(case when s.type = vn.hcc.dashboard.staff.EmploymentType.SECONDED and s.concurrentDuty is not null
                       then 1 else 0 end))
            from StaffMember s
            where s.activeFrom <= :day and (s.activeTo is null or s.activeTo >= :day)""")
    StaffCounts counts(LocalDate day);
}
