package vn.hcc.dashboard.staffing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.queue.DemandHistory;
import vn.hcc.dashboard.queue.QueueDemandService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.staff.DutyCover;
import vn.hcc.dashboard.staff.DutyService;
import vn.hcc.dashboard.staff.StaffingWarnings;

/**
 * Counters needed against counters on duty, per 30-minute slot, field and day of a week. The demand of a slot is the
 * average over the same weekdays of the last {@code app.staffing.history-weeks} weeks (8) before the week starts, or
 * before today for a week still to come, counting only the days the hall issued tickets (a holiday does not halve
 * the average). The service time is the field's mean over that history, else the center's mean over all fields; with
 * neither there is no estimate ("không đủ dữ liệu"). Slots run from {@code app.staffing.day-start} to
 * {@code app.staffing.day-end} (07:00–17:30) until the opening hours per weekday exist.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.DASHBOARD_VIEW)
public class StaffingService implements StaffingWarnings {

    static final int SLOT_MINUTES = 30;

    private final QueueDemandService queue;
    private final DutyService duties;
    private final FieldService fields;
    private final Clock clock;
    private final double targetShare;
    private final Duration targetWait;
    private final LocalTime dayStart;
    private final LocalTime dayEnd;
    private final int historyWeeks;

    StaffingService(QueueDemandService queue, DutyService duties, FieldService fields, Clock clock,
            @Value("${app.staffing.target-share:0.8}") double targetShare,
            @Value("${app.staffing.target-wait:PT15M}") Duration targetWait,
            @Value("${app.staffing.day-start:07:00}") LocalTime dayStart,
            @Value("${app.staffing.day-end:17:30}") LocalTime dayEnd,
            @Value("${app.staffing.history-weeks:8}") int historyWeeks) {
        if (!(targetShare > 0 && targetShare < 1) || targetWait.isNegative() || !dayEnd.isAfter(dayStart)
                || historyWeeks < 1) {
            throw new IllegalArgumentException("app.staffing: share in (0, 1), wait ≥ 0, day-start < day-end, "
                    + "history-weeks ≥ 1");
        }
        this.queue = queue;
        this.duties = duties;
        this.fields = fields;
        this.clock = clock;
        this.targetShare = targetShare;
        this.targetWait = targetWait;
        this.dayStart = dayStart;
        this.dayEnd = dayEnd;
        this.historyWeeks = historyWeeks;
    }

    public LocalDate thisMonday() {
        return DutyService.mondayOf(LocalDate.now(clock));
    }

    /** The history a week is forecast from: the weeks before its Monday, or before today for a week to come. */
    Period historyFor(LocalDate monday) {
        LocalDate today = LocalDate.now(clock);
        LocalDate end = monday.isBefore(today) ? monday : today;
        return Period.of(end.minusWeeks(historyWeeks), end.minusDays(1));
    }

    /** The estimate for the week of {@code day}, every field with history or a staffed counter, busiest first. */
    public StaffingWeek week(LocalDate day) {
        LocalDate monday = DutyService.mondayOf(day);
        Period history = historyFor(monday);
        DemandHistory demand = queue.demandBySlot(history);
        List<DutyCover> cover = duties.cover(monday);
        Map<Long, Map<String, DemandHistory.Slot>> byField = new HashMap<>();
        Map<Long, Long> arrivals = new HashMap<>();
        for (DemandHistory.Slot s : demand.slots()) {
            byField.computeIfAbsent(s.fieldId(), k -> new HashMap<>()).put(s.weekday() + " " + s.start(), s);
            arrivals.merge(s.fieldId(), s.arrivals(), Long::sum);
        }
        Set<Long> fieldIds = new LinkedHashSet<>(byField.keySet());
        cover.forEach(c -> fieldIds.addAll(c.countersPerField().keySet()));
        Map<Long, String> names = fields.namesOf(fieldIds);
        Double centerMean = mean(demand.serviceTimes().values().stream()
                .reduce(new DemandHistory.ServiceTime(0, 0),
                        (x, y) -> new DemandHistory.ServiceTime(x.served() + y.served(),
                                x.totalSeconds() + y.totalSeconds())));
        List<FieldStaffing> result = new ArrayList<>();
        for (long fieldId : fieldIds) {
            if (!names.containsKey(fieldId)) {
                continue;
            }
            DemandHistory.ServiceTime own = demand.serviceTimes().get(fieldId);
            Double service = own != null && mean(own) != null ? mean(own) : centerMean;
            Map<String, DemandHistory.Slot> slots = byField.getOrDefault(fieldId, Map.of());
            List<DayStaffing> days = cover.stream().map(c -> new DayStaffing(c.day(),
                    slots(c, fieldId, slots, demand, service))).toList();
            result.add(new FieldStaffing(fieldId, names.get(fieldId), service, arrivals.getOrDefault(fieldId, 0L),
                    days));
        }
        result.sort(Comparator.comparingLong(FieldStaffing::historyArrivals).reversed()
                .thenComparing(FieldStaffing::fieldName));
        return new StaffingWeek(monday, history, historyWeeks, targetShare, targetWait, dayStart, dayEnd,
                List.copyOf(result));
    }

    private List<SlotStaffing> slots(DutyCover cover, long fieldId, Map<String, DemandHistory.Slot> history,
            DemandHistory demand, Double serviceMinutes) {
        long days = demand.daysWithTickets().getOrDefault(cover.day().date().getDayOfWeek(), 0L);
        int onDuty = cover.counters(fieldId);
        List<SlotStaffing> slots = new ArrayList<>();
        for (LocalTime t = dayStart; t.isBefore(dayEnd); t = t.plusMinutes(SLOT_MINUTES)) {
            DemandHistory.Slot s = history.get(cover.day().date().getDayOfWeek() + " " + t);
            double arrivals = s == null || days == 0 ? 0 : (double) s.arrivals() / days;
            Double wait = s == null || s.called() == 0 ? null : s.waitSeconds() / 60.0 / s.called();
            Integer needed;
            if (!cover.day().open() || arrivals == 0) {
                needed = 0;
            } else if (serviceMinutes == null) {
                needed = null;
            } else {
                double perHour = arrivals * 60 / SLOT_MINUTES;
                needed = ErlangC.countersNeeded(perHour, serviceMinutes, targetShare, targetWait);
            }
            slots.add(new SlotStaffing(t, t.plusMinutes(SLOT_MINUTES), cover.day().open() ? arrivals : 0, wait,
                    needed, onDuty));
        }
        return slots;
    }

    private static Double mean(DemandHistory.ServiceTime t) {
        return t.served() == 0 ? null : t.totalSeconds() / 60.0 / t.served();
    }

    /**
     * The week's understaffed slots, consecutive slots of a day and field merged into one range that reports the
     * most counters any of its slots needs (the duty is for the whole day, so the counters on duty are the same).
     */
    @Override
    @Requires(Permission.STAFF_VIEW)
    public List<Understaffed> understaffed(LocalDate day) {
        List<Understaffed> ranges = new ArrayList<>();
        for (FieldStaffing f : week(day).fields()) {
            for (DayStaffing d : f.days()) {
                SlotStaffing first = null;
                int needed = 0;
                List<SlotStaffing> slots = d.slots();
                for (int i = 0; i <= slots.size(); i++) {
                    SlotStaffing s = i < slots.size() ? slots.get(i) : null;
                    if (s != null && s.understaffed()) {
                        first = first == null ? s : first;
                        needed = Math.max(needed, s.needed());
                    } else if (first != null) {
                        SlotStaffing last = slots.get(i - 1);
                        ranges.add(new Understaffed(d.day().date(), first.start(), last.end(), f.fieldId(),
                                f.fieldName(), needed, first.onDuty()));
                        first = null;
                        needed = 0;
                    }
                }
            }
        }
        ranges.sort(Comparator.comparing(Understaffed::day).thenComparing(Understaffed::from)
                .thenComparing(Understaffed::fieldName));
        return List.copyOf(ranges);
    }
}
