package vn.hcc.dashboard.pakn;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * Petitions from receipt to the published answer. Directors and administrators see and steer all of them; a PAKN
 * handler sees and answers only the items assigned to them (checked here, whatever the view); leadership reads.
 * Every change is refused when someone saved the item first, is written to the item's history, and tells open
 * views ("pakn" topic) once committed. The director's steering (assign, extend, publish, hide) is in
 * {@link PaknSteeringService}.
 */
@Service
@Transactional
@Requires(Permission.PAKN_VIEW)
public class PaknService {

    public static final String TOPIC = "pakn";
    /** An open item due within this many working days is "due soon" in the inbox. */
    public static final int DUE_SOON_WORKING_DAYS = 2;

    private final PaknRepository items;
    private final PaknJournal journal;
    private final PaknDeadlines deadlines;
    private final PaknLookups lookups;
    private final PaknEdits edits;
    private final WorkingDayCalendar calendar;
    private final CurrentUser currentUser;
    private final Broadcaster broadcaster;
    private final Clock clock;

    PaknService(PaknRepository items, PaknJournal journal, PaknDeadlines deadlines, PaknLookups lookups,
            PaknEdits edits, WorkingDayCalendar calendar, CurrentUser currentUser, Broadcaster broadcaster,
            Clock clock) {
        this.items = items;
        this.journal = journal;
        this.deadlines = deadlines;
        this.lookups = lookups;
        this.edits = edits;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    // ---- reading ----

    /** All items matching the director's filters, a page at a time. */
    @Transactional(readOnly = true)
    @Requires(Permission.PAKN_VIEW_ALL)
    public Page<Pakn> search(PaknQuery query, Pageable pageable) {
        return items.findAll(pageable.getSort().isSorted() ? PaknRepository.matching(query)
                : PaknRepository.matching(query).and(PaknRepository.actionFirst()), pageable);
    }

    /** {@link #search} with each item's unit and handler named. */
    @Transactional(readOnly = true)
    @Requires(Permission.PAKN_VIEW_ALL)
    public Page<PaknRow> searchRows(PaknQuery query, Pageable pageable) {
        Page<Pakn> page = search(query, pageable);
        return page.map(lookups.rows(page.getContent()));
    }

    @Transactional(readOnly = true)
    @Requires(Permission.PAKN_VIEW_ALL)
    public long count(PaknQuery query) {
        return items.count(PaknRepository.matching(query));
    }

    /** The signed-in handler's items, the nearest deadline first; {@code openOnly} hides answered and closed ones. */
    @Transactional(readOnly = true)
    @Requires(Permission.PAKN_INBOX)
    public Page<Pakn> inbox(boolean openOnly, Pageable pageable) {
        Pageable page = pageable.isUnpaged() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), pageable.getSort().and(Sort.by("deadline", "id")));
        return items.findAll(PaknRepository.matching(mine(openOnly)), page);
    }

    @Transactional(readOnly = true)
    @Requires(Permission.PAKN_INBOX)
    public long countInbox(boolean openOnly) {
        return items.count(PaknRepository.matching(mine(openOnly)));
    }

    private PaknQuery mine(boolean openOnly) {
        String me = currentUser.username().orElseThrow();
        return new PaknQuery(null, null, openOnly ? PaknStatus.ASSIGNED : null, null, null, null, me, false, false,
                null, today());
    }

    /** One item, if the user may see it: a handler only their own ({@link NotYourPaknException} otherwise). */
    @Transactional(readOnly = true)
    public Optional<Pakn> find(long id) {
        Optional<Pakn> item = items.findById(id);
        item.ifPresent(this::checkMayRead);
        return item;
    }

    /** The item's history, oldest first. */
    @Transactional(readOnly = true)
    public List<PaknHistory> history(long id) {
        items.findById(id).ifPresent(this::checkMayRead);
        return journal.of(id);
    }

    /** Published answers for the public page: no login, and the record carries no citizen details. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public List<PublishedAnswer> published(PublicAnswerQuery query, Pageable pageable) {
        Pageable page = pageable.isUnpaged() ? pageable : PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "publishedOn", "id"));
        java.util.Map<Long, String> names = lookups.publicUnitNames();
        return items.findAll(PaknRepository.published(query), page).map(p -> PublishedAnswer.of(p,
                names.getOrDefault(p.getUnitId(), ""), p.getAnsweredOn() == null ? 0
                        : Math.max(0, calendar.workingDaysBetween(p.getReceivedOn(), p.getAnsweredOn())))).getContent();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public long countPublished(PublicAnswerQuery query) {
        return items.count(PaknRepository.published(query));
    }

    /** Who may be assigned petitions. */
    @Transactional(readOnly = true)
    public List<PaknHandler> handlers() {
        return lookups.handlers();
    }

    /** "Full name (username)" of a handler, for an item's page; the username alone when it no longer handles PAKN. */
    @Transactional(readOnly = true)
    public String handlerLabel(String username) {
        return lookups.handlerLabel(username);
    }

    /** Open, not overdue, and due within {@link #DUE_SOON_WORKING_DAYS} working days. */
    public boolean isDueSoon(Pakn item) {
        LocalDate today = today();
        return item.getStatus().isOpen() && !item.getDeadline().isBefore(today)
                && !item.getDeadline().isAfter(calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS));
    }

    @PreAuthorize("permitAll()")
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Now in the Center's time zone, to the minute: the new-petition form's proposed and latest time received. */
    @PreAuthorize("permitAll()")
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
    }

    // ---- changing ----

    /** A petition as it arrives: status new, deadline from the received day and the category's working days. */
    @Requires(Permission.PAKN_ANSWER)
    public Pakn record(PaknDraft draft) {
        PaknDraft d = PaknRules.check(draft, LocalDateTime.now(clock));
        lookups.checkDossier(d.dossierCode());
        lookups.checkUnit(d.unitId());
        LocalDate receivedOn = calendar.effectiveIntakeDay(d.receivedAt(), false);
        Pakn saved = items.save(new Pakn(d, receivedOn, deadlines.deadline(receivedOn, d.category())));
        journal.write(saved.getId(), "RECORDED", "status", null, PaknStatus.NEW.name());
        broadcaster.publishAfterCommit(TOPIC, saved.getId());
        return saved;
    }

    /** The deadline a petition received at {@code receivedAt} would get. */
    @Transactional(readOnly = true)
    public LocalDate proposeDeadline(LocalDateTime receivedAt, PaknCategory category) {
        return deadlines.deadline(calendar.effectiveIntakeDay(receivedAt, false), category);
    }

    /** Working days allowed per category. */
    @Transactional(readOnly = true)
    public java.util.Map<PaknCategory, Integer> deadlineDays() {
        return deadlines.days();
    }

    /**
     * Changes the working days of the given categories, all or none (a refusal names the field {@code days-CATEGORY});
     * applies to petitions received from now on, deadlines already set stay.
     */
    @Requires(Permission.PAKN_STEER)
    public void setDeadlineDays(java.util.Map<PaknCategory, Integer> days) {
        days.forEach((category, n) -> Validate.range("days-" + category.name(),
                Validate.present("days-" + category.name(), n), 1, 60));
        days.forEach(deadlines::set);
    }

    /**
     * Saves the answer text and the linked dossier code; {@code submit} also sends it (status answered, answered on
     * today unless it was answered before). Only the assigned handler or a director may answer, never after
     * publication.
     */
    @Requires(Permission.PAKN_ANSWER)
    public Pakn answer(long id, long expectedVersion, String answer, String dossierCode, boolean submit) {
        Pakn item = edits.load(id, expectedVersion);
        if (item.getStatus() == PaknStatus.PUBLISHED) {
            throw new FieldValidationException("answer", "pakn.error.published-final");
        }
        PaknEdits.refuseFinal(item, "answer");
        // a submitted answer waits for publication as it was sent: only whoever publishes may still change it
        if (item.getStatus() == PaknStatus.ANSWERED && !currentUser.may(Permission.PAKN_STEER)) {
            throw new FieldValidationException("answer", "pakn.error.submitted-locked");
        }
        String text = submit ? Validate.text("answer", answer, PaknRules.TEXT_MAX)
                : PaknRules.optional("answer", answer, PaknRules.TEXT_MAX);
        String code = PaknRules.optional("dossierCode", dossierCode, 64);
        lookups.checkDossier(code);
        String answerBefore = item.getAnswer();
        String codeBefore = item.getDossierCode();
        String statusBefore = item.getStatus().name();
        String dayBefore = text(item.getAnsweredOn());
        item.writeAnswer(text, code);
        if (submit) {
            item.submit(today());
        }
        // an answer after the deadline says so in the history too, with how many working days late it came
        String lateBefore = dayBefore == null ? null : late(LocalDate.parse(dayBefore), item.getDeadline());
        journal.write(id, submit ? "SUBMITTED" : "ANSWER_SAVED", "status", statusBefore, item.getStatus().name(),
                "answer", answerBefore, text, "dossierCode", codeBefore, code, "answeredOn", dayBefore,
                text(item.getAnsweredOn()), "late", lateBefore,
                item.getAnsweredOn() == null ? null : late(item.getAnsweredOn(), item.getDeadline()));
        return edits.saved(item);
    }

    /** Working days from the deadline to the answer, as text; null when on time. */
    private String late(LocalDate answeredOn, LocalDate deadline) {
        return answeredOn.isAfter(deadline) ? String.valueOf(calendar.workingDaysBetween(deadline, answeredOn))
                : null;
    }

    /** Petitions handled before they were recorded here, in one transaction (demo data, migration). */
    @Requires(Permission.BULK_DATA)
    public int importHistory(List<PaknHistoricItem> batch) {
        List<Pakn> saved = new ArrayList<>(batch.size());
        LocalDateTime now = LocalDateTime.now(clock);
        for (PaknHistoricItem h : batch) {
            PaknDraft d = PaknRules.check(h.draft(), now);
            LocalDate receivedOn = calendar.effectiveIntakeDay(d.receivedAt(), false);
            PaknRules.checkHistoric(h, receivedOn);
            Pakn item = new Pakn(d, receivedOn, deadlines.deadline(receivedOn, d.category()));
            if (h.handler() != null) {
                item.assign(d.unitId(), h.handler());
            }
            if (h.answer() != null) {
                item.writeAnswer(h.answer(), d.dossierCode());
            }
            if (h.answeredOn() != null) {
                item.submit(h.answeredOn());
            }
            if (h.status() == PaknStatus.PUBLISHED) {
                item.publish(h.publishedOn());
            } else if (h.status() == PaknStatus.HIDDEN) {
                item.hide(h.hiddenOn(), h.hiddenReason());
            }
            saved.add(item);
        }
        items.saveAll(saved).forEach(p -> journal.write(p.getId(), "IMPORTED", "status", null, p.getStatus().name()));
        broadcaster.publishAfterCommit(TOPIC, null);
        return saved.size();
    }

    // ---- helpers ----

    private boolean seesAll() {
        return currentUser.may(Permission.PAKN_VIEW_ALL);
    }

    private void checkMayRead(Pakn item) {
        if (!seesAll() && !currentUser.username().orElse("").equals(item.getHandler())) {
            throw new NotYourPaknException(item.getId());
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
