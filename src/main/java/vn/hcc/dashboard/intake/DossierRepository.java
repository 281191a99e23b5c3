package vn.hcc.dashboard.intake;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface DossierRepository extends JpaRepository<Dossier, Long>, JpaSpecificationExecutor<Dossier> {

    Optional<Dossier> findByCode(String code);

    List<Dossier> findByTicketIdOrderByReceivedAtAscIdAsc(Long ticketId);

    /** One batch of an import's existing dossiers, never the whole table. */
    List<Dossier> findByCodeIn(Collection<String> codes);

    /** Due in [dueFrom, dueTo] and late at {@code today} ({@link Lateness#lateAt}). */
    static Specification<Dossier> lateDueBetween(LocalDate dueFrom, LocalDate dueTo, Long unitId,
            LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            p.add(cb.between(root.get("dueOn"), dueFrom, dueTo));
            if (unitId != null) {
                p.add(cb.equal(root.get("unitId"), unitId));
            }
            p.add(Lateness.lateAt(today).predicate(root, cb));
            return cb.and(p.toArray(Predicate[]::new));
        };
    }

    static Specification<Dossier> matching(DossierQuery q) {
        return (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            // the desk's "today" is what arrived today, even if it counts from the next working day
            if (q.from() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("receivedAt"), q.from().atStartOfDay()));
            }
            if (q.to() != null) {
                p.add(cb.lessThan(root.get("receivedAt"), q.to().plusDays(1).atStartOfDay()));
            }
            if (q.unitId() != null) {
                p.add(cb.equal(root.get("unitId"), q.unitId()));
            }
            if (q.fieldId() != null) {
                p.add(cb.equal(root.get("fieldId"), q.fieldId()));
            }
            if (q.channel() != null) {
                p.add(cb.equal(root.get("channel"), q.channel()));
            }
            if (q.status() != null) {
                p.add(cb.equal(root.get("status"), q.status()));
            }
            if (q.overdueOnly()) {
                // as in the period figures: a suspended dossier's clock stands still
                p.add(Lateness.overdueAt(q.today()).predicate(root, cb));
            }
            if (q.withoutApology()) {
                p.add(cb.isFalse(root.get("apologySent")));
            }
            if (q.dueFrom() != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("dueOn"), q.dueFrom()));
            }
            if (q.dueTo() != null) {
                p.add(cb.lessThanOrEqualTo(root.get("dueOn"), q.dueTo()));
            }
            if (q.code() != null && !q.code().isBlank()) {
                p.add(cb.like(cb.upper(root.get("code")), "%" + q.code().trim().toUpperCase() + "%"));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
    }
}
