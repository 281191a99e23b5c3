package vn.hcc.dashboard.queue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.security.UserService;

/**
 * What other features read of one ticket after the fact: a visit's timeline (its times, counter and officer) and
 * reception linking a dossier to the ticket the citizen held. Read-only; kept apart from {@link QueueService}, which
 * runs the live queue. The queries are this feature's own, on its own table.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.VISIT_VIEW)
public class TicketTrailService {

    private final EntityManager entities;
    private final ServiceCounterRepository counters;
    private final FieldService fields;
    private final UserService users;

    TicketTrailService(EntityManager entities, ServiceCounterRepository counters, FieldService fields,
            UserService users) {
        this.entities = entities;
        this.counters = counters;
        this.fields = fields;
        this.users = users;
    }

    /** The id of the ticket numbered {@code number} ({@code HT-012}) on {@code day}; the latest if issued twice. */
    @Requires(Permission.DOSSIER_EDIT)
    public Optional<Long> idOf(String number, LocalDate day) {
        return entities.createQuery("select t.id from Ticket t where t.number = :number and t.issuedOn = :day"
                + " order by t.id desc", Long.class).setParameter("number", number).setParameter("day", day)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** The ticket with this id, its times and names; empty when there is none. */
    public Optional<TicketTrail> trail(long id) {
        Ticket t = entities.find(Ticket.class, id);
        if (t == null) {
            return Optional.empty();
        }
        Ticket from = t.getTransferredFromId() == null ? null : entities.find(Ticket.class, t.getTransferredFromId());
        Ticket to = entities.createQuery("select t from Ticket t where t.transferredFromId = :id order by t.id",
                Ticket.class).setParameter("id", id).setMaxResults(1).getResultStream().findFirst().orElse(null);
        String counter = t.getCounterId() == null ? null
                : counters.findById(t.getCounterId()).map(ServiceCounter::getName).orElse(null);
        String officer = users.accountNamed(t.getServedBy()).map(UserService.Account::fullName)
                .orElse(t.getServedBy());
        return Optional.of(new TicketTrail(t.getId(), t.getNumber(), fields.nameOf(t.getFieldId()).orElse(""),
                t.getIssuedAt(), t.getCalledAt(), t.getRecallCount(), counter, t.getServedBy(), officer,
                t.getServedUntil(), t.getStatus(), from == null ? null : from.getId(),
                from == null ? null : from.getNumber(), to == null ? null : to.getId(),
                to == null ? null : to.getNumber()));
    }
}
