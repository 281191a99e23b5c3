package vn.hcc.dashboard.queue;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OpeningHoursRepository extends JpaRepository<OpeningHours, Integer> {

    List<OpeningHours> findAllByOrderByWeekday();
}
