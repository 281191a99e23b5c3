package vn.hcc.dashboard.ratings;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The ratings' figures are counted here, grouped in the database: no rating is loaded to be counted. */
interface RatingRepository extends JpaRepository<SatisfactionRating, Long> {

    /** The period [start, end) and the filter of every figure below. */
    String WHERE = """
            where r.ratedAt >= :start and r.ratedAt < :end
              and (:unit is null or r.unitId = :unit) and (:counter is null or r.counterId = :counter)
              and (:officer is null or r.officerUsername = :officer) and (:field is null or r.fieldId = :field)
            """;

    boolean existsByTicketId(long ticketId);

    List<SatisfactionRating> findByDossierCodeIn(Collection<String> codes);

    List<SatisfactionRating> findByTicketIdIn(Collection<Long> ticketIds);

    @Query("select r.level, count(r) from SatisfactionRating r " + WHERE + " group by r.level")
    List<Object[]> countByLevel(@Param("start") LocalDateTime start, @Param("end") LocalDateTime end,
            @Param("unit") Long unit, @Param("counter") Long counter, @Param("officer") String officer,
            @Param("field") Long field);

    @Query("select year(r.ratedAt), month(r.ratedAt), r.level, count(r) from SatisfactionRating r " + WHERE
            + " group by year(r.ratedAt), month(r.ratedAt), r.level")
    List<Object[]> countByMonth(@Param("start") LocalDateTime start, @Param("end") LocalDateTime end,
            @Param("unit") Long unit, @Param("counter") Long counter, @Param("officer") String officer,
            @Param("field") Long field);

    /** Per calendar month and level: the ratings in [s1, e1), in [s2, e2) and in [start, end); one query. */
    @Query("""
            select year(r.ratedAt), month(r.ratedAt), r.level,
              sum(case when r.ratedAt >= :s1 and r.ratedAt < :e1 then 1 else 0 end),
              sum(case when r.ratedAt >= :s2 and r.ratedAt < :e2 then 1 else 0 end),
              sum(case when r.ratedAt >= :start and r.ratedAt < :end then 1 else 0 end)
            from SatisfactionRating r
            where ((r.ratedAt >= :s1 and r.ratedAt < :e1) or (r.ratedAt >= :s2 and r.ratedAt < :e2)
                or (r.ratedAt >= :start and r.ratedAt < :end))
              and (:unit is null or r.unitId = :unit) and (:counter is null or r.counterId = :counter)
              and (:officer is null or r.officerUsername = :officer) and (:field is null or r.fieldId = :field)
            group by year(r.ratedAt), month(r.ratedAt), r.level
            """)
    List<Object[]> countInPeriodsByMonth(@Param("s1") LocalDateTime s1, @Param("e1") LocalDateTime e1,
            @Param("s2") LocalDateTime s2, @Param("e2") LocalDateTime e2, @Param("start") LocalDateTime start,
            @Param("end") LocalDateTime end, @Param("unit") Long unit, @Param("counter") Long counter,
            @Param("officer") String officer, @Param("field") Long field);

    @Query("select r.counterId, r.level, count(r) from SatisfactionRating r " + WHERE
            + " group by r.counterId, r.level")
    List<Object[]> countByCounter(@Param("start") LocalDateTime start, @Param("end") LocalDateTime end,
            @Param("unit") Long unit, @Param("counter") Long counter, @Param("officer") String officer,
            @Param("field") Long field);

    @Query("select r.fieldId, r.level, count(r) from SatisfactionRating r " + WHERE + " group by r.fieldId, r.level")
    List<Object[]> countByField(@Param("start") LocalDateTime start, @Param("end") LocalDateTime end,
            @Param("unit") Long unit, @Param("counter") Long counter, @Param("officer") String officer,
            @Param("field") Long field);

    @Query("select r.unitId, r.level, count(r) from SatisfactionRating r " + WHERE + " group by r.unitId, r.level")
    List<Object[]> countByUnit(@Param("start") LocalDateTime start, @Param("end") LocalDateTime end,
            @Param("unit") Long unit, @Param("counter") Long counter, @Param("officer") String officer,
            @Param("field") Long field);

    @Query("select r.officerUsername, max(r.staffId), r.level, count(r) from SatisfactionRating r " + WHERE
            + " group by r.officerUsername, r.level")
    List<Object[]> countByOfficer(@Param("start") LocalDateTime start, @Param("end") LocalDateTime end,
            @Param("unit") Long unit, @Param("counter") Long counter, @Param("officer") String officer,
            @Param("field") Long field);

    @Query(value = "select r from SatisfactionRating r " + WHERE
            + " and r.level = vn.hcc.dashboard.ratings.RatingLevel.UNSATISFIED"
            + " and (:openOnly = false or r.followUp = vn.hcc.dashboard.ratings.FollowUpState.OPEN)"
            + " order by r.ratedAt desc, r.id desc",
            countQuery = "select count(r) from SatisfactionRating r " + WHERE
            + " and r.level = vn.hcc.dashboard.ratings.RatingLevel.UNSATISFIED"
            + " and (:openOnly = false or r.followUp = vn.hcc.dashboard.ratings.FollowUpState.OPEN)")
    Page<SatisfactionRating> unsatisfied(@Param("start") LocalDateTime start, @Param("end") LocalDateTime end,
            @Param("unit") Long unit, @Param("counter") Long counter, @Param("officer") String officer,
            @Param("field") Long field, @Param("openOnly") boolean openOnly, Pageable pageable);
}
