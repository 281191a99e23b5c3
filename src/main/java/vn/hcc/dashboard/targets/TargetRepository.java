package vn.hcc.dashboard.targets;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TargetRepository extends JpaRepository<Target, Long> {

    /**
     * Every target whose range meets [from, to]: the candidates of the period and of each of its parts (a
     * dashboard's months); which of them covers a period, and which applies, is {@link TargetRule}'s.
     */
    @Query("select t from Target t where t.validFrom <= :to and t.validTo >= :from")
    List<Target> overlapping(LocalDate from, LocalDate to);

    @Query("""
            select count(t) > 0 from Target t where t.kpi = :kpi and t.validFrom = :from and t.validTo = :to
              and ((:unitId is null and t.unitId is null) or t.unitId = :unitId) and t.id <> :id""")
    boolean duplicate(Kpi kpi, Long unitId, LocalDate from, LocalDate to, long id);
}
