package vn.hcc.dashboard.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.security.Role;
import vn.hcc.dashboard.security.SystemAccess;
import vn.hcc.dashboard.security.UserService;

/**
 * What the Push benchmark needs besides the generated province: director accounts {@code bench001…} and a reception
 * clerk {@code bench-tiepnhan}, created through {@link UserService} on the first run and reused after (bcrypt makes
 * creating 200 slow), a generated procedure without the 15:00 cut-off, and the time its dossiers are received.
 */
final class PushSetup {

    static final String PASSWORD = "Bench-mat-khau-2025";
    static final String CLERK = "bench-tiepnhan";

    private final Bench.Context context;

    PushSetup(Bench.Context context) {
        this.context = context;
    }

    /** The first generated procedure (BP-…) without the afternoon cut-off. */
    long procedure() {
        return context.bean(JdbcTemplate.class).queryForObject("SELECT id FROM admin_procedure WHERE code LIKE 'BP-%'"
                + " AND afternoon_cutoff = FALSE AND active = TRUE ORDER BY code LIMIT 1", Long.class);
    }

    /** {@code count} directors bench001…, and the clerk; the missing ones are created. */
    List<String> directors(int count) {
        UserService users = context.bean(UserService.class);
        return SystemAccess.asAdmin(() -> {
            Set<String> existing = users.search("bench", Pageable.unpaged()).stream()
                    .map(u -> u.getUsername().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            if (!existing.contains(CLERK)) {
                users.create(new UserService.NewUser(CLERK, "Cán bộ tiếp nhận thử tải", PASSWORD,
                        EnumSet.of(Role.RECEPTION)));
            }
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = String.format(Locale.ROOT, "bench%03d", i);
                if (!existing.contains(name)) {
                    users.create(new UserService.NewUser(name, "Lãnh đạo thử tải " + i, PASSWORD,
                            EnumSet.of(Role.DIRECTOR)));
                }
                names.add(name);
            }
            return names;
        });
    }

    /**
     * 09:00 of the latest working day of this month up to today (now, when it is one), so that every saved dossier
     * counts in the dashboard's default period, this month up to today: a dossier received on a weekend or holiday
     * counts from the next working day, outside that period. Fails early when this month has no working day yet.
     */
    LocalDateTime receivedAt() {
        DossierService dossiers = context.bean(DossierService.class);
        WorkingDayCalendar calendar = context.bean(WorkingDayCalendar.class);
        LocalDateTime now = asReceptionClerk(dossiers::now);
        LocalDate today = now.toLocalDate();
        for (LocalDate day = today; day.getMonth() == today.getMonth(); day = day.minusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                LocalDateTime at = day.equals(today) ? now : day.atTime(LocalTime.of(9, 0));
                if (!calendar.effectiveIntakeDay(at, false).isAfter(today)) {
                    return at;
                }
            }
        }
        throw new IllegalStateException("no working day yet this month (" + today + "): a saved dossier would change"
                + " no dashboard of this month; run the Push benchmark on another day");
    }

    <T> T asReceptionClerk(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext clerk = SecurityContextHolder.createEmptyContext();
        clerk.setAuthentication(new UsernamePasswordAuthenticationToken(CLERK, null,
                List.of(new SimpleGrantedAuthority(Role.RECEPTION.authority()))));
        SecurityContextHolder.setContext(clerk);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    void runAsReceptionClerk(Runnable work) {
        asReceptionClerk(() -> {
            work.run();
            return null;
        });
    }

    static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }

    static ThreadFactory daemon(String name) {
        AtomicLong count = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
