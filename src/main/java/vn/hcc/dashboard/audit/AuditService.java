package vn.hcc.dashboard.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * Writes the trail in the caller's transaction and reads it for the administrator. Writing needs no permission (the
 * calling service has checked its own) but a transaction: {@code MANDATORY} makes a call outside one fail loudly
 * instead of committing an entry for a change that may still roll back.
 */
@Service
public class AuditService {

    /** The actor of changes made without a signed-in user (start-up, scheduled work, tests). */
    public static final String SYSTEM = "system";
    private static final int EXPORT_PAGE = 1000;

    private final AuditEntryRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditService(AuditEntryRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records {@code event} by the signed-in user, now; an update that changed nothing leaves no entry. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        if (event.action() == AuditAction.UPDATE && event.changes().isEmpty()) {
            return;
        }
        entries.save(new AuditEntry(LocalDateTime.now(clock), currentUser.username().orElse(SYSTEM), event));
    }

    /** Entries {@code offset .. offset + limit - 1}, newest first ({@code offset} a multiple of {@code limit}). */
    @Requires(Permission.AUDIT_VIEW)
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        return slice(filter, PageRequest.of(offset / limit, limit)).getContent();
    }

    @Requires(Permission.AUDIT_VIEW)
    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        Args a = Args.of(filter);
        return entries.count(a.from, a.until, filter.type(), a.actor, a.text, filter.text());
    }

    /** Every entry the filter selects, newest first, a page at a time: the export never holds them all. */
    @Requires(Permission.AUDIT_VIEW)
    @Transactional(readOnly = true)
    public void forEach(AuditFilter filter, Consumer<AuditEntry> sink) {
        Pageable page = PageRequest.of(0, EXPORT_PAGE);
        Slice<AuditEntry> slice;
        do {
            slice = slice(filter, page);
            slice.forEach(sink);
            page = page.next();
        } while (slice.hasNext());
    }

    /**
     * Writes every entry the filter selects as an .xlsx file ({@link AuditWorkbook}); {@code text} translates the
     * headers, types and actions into the reader's language.
     */
    @Requires(Permission.AUDIT_VIEW)
    @Transactional(readOnly = true)
    public void export(AuditFilter filter, Function<String, String> text, OutputStream out) throws IOException {
        AuditWorkbook.write(text, sink -> forEach(filter, sink), out);
    }

    private Slice<AuditEntry> slice(AuditFilter filter, Pageable page) {
        Args a = Args.of(filter);
        return entries.search(a.from, a.until, filter.type(), a.actor, a.text, filter.text(), page);
    }

    /** The filter as the query takes it: the period's days as [from, day after to), patterns lower-cased. */
    private record Args(LocalDateTime from, LocalDateTime until, String actor, String text) {
        static Args of(AuditFilter f) {
            return new Args(f.period().from().atStartOfDay(), f.period().to().plusDays(1).atStartOfDay(),
                    pattern(f.actor()), pattern(f.text()));
        }

        private static String pattern(String s) {
            return s.isEmpty() ? "" : "%" + s.toLowerCase(Locale.ROOT) + "%";
        }
    }
}
