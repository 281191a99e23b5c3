package vn.hcc.dashboard.pakn;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PaknRepository extends JpaRepository<Pakn, Long>, JpaSpecificationExecutor<Pakn> {

    Optional<Pakn> findByTrackingCode(String trackingCode);

    long countBySourceKeyAndReceivedAtAfter(String sourceKey, LocalDateTime after);

    long countByCitizenContactAndReceivedAtAfter(String citizenContact, LocalDateTime after);

    static Specification<Pakn> matching(PaknQuery q) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (q.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), q.from().atStartOfDay()));
            }
            if (q.to() != null) {
                p.add(cb.lessThan(root.get("receivedAt"), q.to().plusDays(1).atStartOfDay()));
            }
            if (q.status() != null) {
                p.add(cb.equal(root.get("status"), q.status()));
            }
            if (q.category() != null) {
                p.add(cb.equal(root.get("category"), q.category()));
            }
            if (q.channel() != null) {
                p.add(cb.equal(root.get("channel"), q.channel()));
            }
            if (q.unitId() != null) {
                p.add(cb.equal(root.get("unitId"), q.unitId()));
            }
            if (q.handler() != null) {
                p.add(cb.equal(root.get("handler"), q.handler()));
            }
            if (q.unassignedOnly()) {
                p.add(cb.equal(root.get("status"), PaknStatus.NEW));
            }
            if (q.overdueOnly()) {
                p.add(root.get("status").in(PaknStatus.NEW, PaknStatus.ASSIGNED));
                p.add(cb.lessThan(root.get("deadline"), q.today()));
            }
            if (q.text() != null && !q.text().isBlank()) {
                String like = "%" + q.text().trim().toLowerCase() + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("content")), like),
                        cb.like(cb.lower(root.get("citizenName")), like),
                        cb.like(cb.lower(cb.coalesce(root.get("locality"), "")), like),
                        cb.like(cb.lower(cb.coalesce(root.get("dossierCode"), "")), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    /**
     * What needs action first, when the user chose no order: unanswered items by deadline (so overdue ones lead),
     * then answers waiting for publication, then the finished ones. Only the list query is ordered, not its count.
     */
    static Specification<Pakn> actionFirst() {
        return (root, query, cb) -> {
            if (query != null && !Long.class.equals(query.getResultType())) {
                jakarta.persistence.criteria.Expression<Integer> rank = cb.<Integer>selectCase()
                        .when(root.get("status").in(PaknStatus.NEW, PaknStatus.ASSIGNED), 0)
                        .when(cb.equal(root.get("status"), PaknStatus.ANSWERED), 1).otherwise(2);
                query.orderBy(cb.asc(rank), cb.asc(root.get("deadline")), cb.asc(root.get("id")));
            }
            return cb.conjunction();
        };
    }

    /**
     * Published answers only, by category, answering unit and publication day; the public searches the question,
     * the answer and the locality.
     */
    static Specification<Pakn> published(PublicAnswerQuery q) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(cb.equal(root.get("status"), PaknStatus.PUBLISHED));
            if (q.category() != null) {
                p.add(cb.equal(root.get("category"), q.category()));
            }
            if (q.unitId() != null) {
                p.add(cb.equal(root.get("unitId"), q.unitId()));
            }
            if (q.published() != null) {
                p.add(cb.between(root.get("publishedOn"), q.published().from(), q.published().to()));
            }
            if (q.text() != null && !q.text().isBlank()) {
                String like = "%" + q.text().trim().toLowerCase() + "%";
                p.add(cb.or(cb.like(cb.lower(root.get("content")), like), cb.like(cb.lower(root.get("answer")), like),
                        cb.like(cb.lower(cb.coalesce(root.get("locality"), "")), like)));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
