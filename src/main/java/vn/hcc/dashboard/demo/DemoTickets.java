package vn.hcc.dashboard.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.queue.TicketHistory;
import vn.hcc.dashboard.queue.TicketStatus;

/**
 * Twelve months of queue tickets (up to yesterday) that fit the demo dossiers: every dossier received in person was
 * handed in at a counter, so each gets a served ticket of its field on its day; enquiries without a dossier fill the
 * day up to about {@code perDay} visits (the Kim Thành Q3/2025 report: 4.520 visits a quarter, about 72 a working day), and a few tickets
 * end as no-shows. Arrivals follow the hall's rhythm (a rush from opening to 10:00, a quieter afternoon) and the
 * counters are simulated one citizen at a time, so waits are long in the morning rush and short after lunch, as
 * they really are. A fixed random seed gives the same tickets on every fresh start.
 */
final class DemoTickets {

    /** A demo counter: its id and the fields it serves. */
    record Counter(long id, Set<Long> fieldIds) {
    }

    /** Dossiers received in person per day and field, collected while the dossiers are generated. */
    static final class InPerson {
        private final Map<LocalDate, Map<Long, Integer>> byDay = new TreeMap<>();

        void add(DossierData d) {
            if (d.channel() == Channel.IN_PERSON) {
                byDay.computeIfAbsent(d.receivedAt().toLocalDate(), k -> new TreeMap<>()).merge(d.fieldId(), 1,
                        Integer::sum);
            }
        }

        Map<Long, Integer> on(LocalDate day) {
            return byDay.getOrDefault(day, Map.of());
        }
    }

    /** Arrivals per quarter hour from 07:30 (morning until 11:30, afternoon 13:30–16:45), relative weights. */
    private static final int[] MORNING = {9, 9, 15, 15, 13, 13, 11, 11, 8, 8, 5, 5, 4, 4, 2, 2};
    private static final int[] AFTERNOON = {4, 4, 5, 5, 5, 5, 3, 3, 3, 3, 2, 2, 1};
    private static final int NO_SHOW_PER_MILLE = 25;

    private record Pending(long fieldId, LocalDateTime issuedAt, boolean dossier, boolean noShow) {
    }

    private final List<Counter> counters;
    private final Map<Long, Integer> enquiryWeights;
    private final Map<Long, int[]> serviceMinutes;
    private final WorkingDayCalendar.Snapshot calendar;
    private final Random random = new Random(20_250_401L);

    /**
     * {@code enquiryWeights}: field id → how often citizens ask about it without a dossier; {@code serviceMinutes}:
     * field id → {min, max} minutes a dossier takes at the counter (an enquiry takes 3–10 minutes).
     */
    DemoTickets(List<Counter> counters, Map<Long, Integer> enquiryWeights, Map<Long, int[]> serviceMinutes,
            WorkingDayCalendar.Snapshot calendar) {
        this.counters = List.copyOf(counters);
        this.enquiryWeights = new TreeMap<>(enquiryWeights);
        this.serviceMinutes = serviceMinutes;
        this.calendar = calendar;
    }

    void generate(LocalDate today, int perDay, InPerson inPerson, Consumer<TicketHistory> sink) {
        if (perDay <= 0 || counters.isEmpty()) {
            return;
        }
        for (LocalDate day = today.minusYears(1).plusDays(1); day.isBefore(today); day = day.plusDays(1)) {
            Map<Long, Integer> dossiers = inPerson.on(day);
            if (!calendar.isWorkingDay(day) && dossiers.isEmpty()) {
                continue;
            }
            simulate(day, pending(day, perDay, dossiers), sink);
        }
    }

    private List<Pending> pending(LocalDate day, int perDay, Map<Long, Integer> dossiers) {
        int target = calendar.isWorkingDay(day) ? perDay * 85 / 100 + random.nextInt(perDay * 30 / 100 + 1)
                : perDay / 8;
        int withDossier = dossiers.values().stream().mapToInt(Integer::intValue).sum();
        int enquiries = Math.max(target - withDossier, withDossier / 10);
        List<Pending> tickets = new ArrayList<>();
        dossiers.forEach((field, n) -> {
            for (int i = 0; i < n; i++) {
                tickets.add(new Pending(field, arrival(day), true, false));
            }
        });
        // No-shows are tickets without a dossier: about 2,5% of all the day's tickets.
        int noShowPerMille = NO_SHOW_PER_MILLE * (withDossier + enquiries) / Math.max(1, enquiries);
        for (int i = 0; i < enquiries; i++) {
            tickets.add(new Pending(enquiryField(), arrival(day), false, random.nextInt(1000) < noShowPerMille));
        }
        tickets.sort(Comparator.comparing(Pending::issuedAt));
        return tickets;
    }

    /** Each counter serves one citizen at a time; a ticket goes to the serving counter that is free first. */
    private void simulate(LocalDate day, List<Pending> tickets, Consumer<TicketHistory> sink) {
        Map<Long, LocalDateTime> freeAt = new HashMap<>();
        // Staff start calling ten minutes after the doors open, once their computers and scanners are up.
        counters.forEach(c -> freeAt.put(c.id(), day.atTime(7, 40)));
        LocalDateTime afternoon = day.atTime(13, 40);
        for (Pending t : tickets) {
            Counter best = null;
            LocalDateTime call = null;
            for (Counter c : counters) {
                if (c.fieldIds().contains(t.fieldId())) {
                    LocalDateTime at = max(freeAt.get(c.id()), t.issuedAt());
                    at = t.issuedAt().isAfter(afternoon.minusHours(1)) ? max(at, afternoon) : at;
                    if (call == null || at.isBefore(call)) {
                        best = c;
                        call = at;
                    }
                }
            }
            if (best == null) {
                continue;
            }
            LocalDateTime calledAt = call.plusSeconds(5 + random.nextInt(25));
            if (t.noShow()) {
                // Called three times over about two minutes, then the counter moves on.
                freeAt.put(best.id(), calledAt.plusSeconds(90 + random.nextInt(60)));
                sink.accept(new TicketHistory(t.fieldId(), t.issuedAt(), calledAt, best.id(), "tiepnhan", null,
                        TicketStatus.NO_SHOW));
                continue;
            }
            int[] span = t.dossier() ? serviceMinutes.getOrDefault(t.fieldId(), new int[] {5, 12}) : new int[] {3, 10};
            LocalDateTime servedUntil = calledAt.plusSeconds(60L * span[0] + random.nextInt(60 * (span[1] - span[0]) + 1));
            // Before the next call: a dossier is scanned and recorded in the one-stop software (4–10 minutes), an
            // enquiry needs a minute or two at most.
            long after = t.dossier() ? 240 + random.nextInt(360) : random.nextInt(120);
            freeAt.put(best.id(), servedUntil.plusSeconds(after));
            sink.accept(new TicketHistory(t.fieldId(), t.issuedAt(), calledAt, best.id(), "tiepnhan", servedUntil,
                    TicketStatus.SERVED));
        }
    }

    private LocalDateTime arrival(LocalDate day) {
        int total = sum(MORNING) + sum(AFTERNOON);
        int roll = random.nextInt(total);
        LocalTime start;
        int slot;
        if (roll < sum(MORNING)) {
            slot = pick(MORNING, roll);
            start = LocalTime.of(7, 30);
        } else {
            slot = pick(AFTERNOON, roll - sum(MORNING));
            start = LocalTime.of(13, 30);
        }
        return day.atTime(start).plusMinutes(15L * slot).plusSeconds(random.nextInt(15 * 60));
    }

    private long enquiryField() {
        int total = enquiryWeights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (Map.Entry<Long, Integer> e : enquiryWeights.entrySet()) {
            roll -= e.getValue();
            if (roll < 0) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("no enquiry weights");
    }

    private static int pick(int[] weights, int roll) {
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static int sum(int[] weights) {
        int s = 0;
        for (int w : weights) {
            s += w;
        }
        return s;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
