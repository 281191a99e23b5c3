package vn.hcc.dashboard.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HolidayRepository extends JpaRepository<Holiday, Long> {

    List<Holiday> findByDayBetweenOrderByDay(LocalDate from, LocalDate to);

    boolean existsByDayAndIdNot(LocalDate day, long id);

    Optional<Holiday> findFirstByOrderByDayAsc();

    Optional<Holiday> findFirstByOrderByDayDesc();
}
