package vn.hcc.dashboard.ratings;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    List<FollowUp> findByRatingIdOrderByDoneAtAscIdAsc(long ratingId);
}
