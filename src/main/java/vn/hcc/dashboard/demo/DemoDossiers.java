package vn.hcc.dashboard.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.DossierData;
import vn.hcc.dashboard.intake.DossierStatus;

/**
 * Twelve months of dossiers for a commune center like Kim Thành (the Kim Thành Q3/2025 report: about 4.500 dossiers a quarter, 55%
 * online, 99% on time), from a fixed random seed so every fresh start shows the same data. Certified copies dominate
 * as in the Sơn Trung 2024 report; some dossiers are late, with and without apology letters, some withdrawn, a few still overdue.
 */
final class DemoDossiers {

    /** Procedure code → relative weight in the daily intake (certifications dominate as in the Sơn Trung 2024 report; about 70% carry a fee). */
    static final Map<String, Integer> MIX = Map.ofEntries(Map.entry("CT-02", 420), Map.entry("CT-03", 60),
            Map.entry("CT-01", 20), Map.entry("HT-08", 80), Map.entry("HT-01", 90), Map.entry("HT-02", 45),
            Map.entry("HT-09", 40), Map.entry("HT-06", 40), Map.entry("HT-04", 15), Map.entry("HT-05", 8),
            Map.entry("HT-07", 10), Map.entry("HT-03", 4), Map.entry("BTXH-01", 12), Map.entry("NCC-01", 6),
            Map.entry("DD-01", 40), Map.entry("DKKD-01", 25));

    private final List<Procedure> weighted = new ArrayList<>();
    private final WorkingDayCalendar.Snapshot calendar;
    private final Random random = new Random(20_250_101L);

    DemoDossiers(List<Procedure> procedures, WorkingDayCalendar.Snapshot calendar) {
        this.calendar = calendar;
        for (Procedure p : procedures) {
            for (int i = MIX.getOrDefault(p.getCode(), 0); i > 0; i--) {
                weighted.add(p);
            }
        }
    }

    /** Emits {@code perDay} dossiers for every working day (a few on Saturdays) of the year before {@code today}. */
    void generate(LocalDate today, int perDay, Consumer<DossierData> sink) {
        if (weighted.isEmpty() || perDay <= 0) {
            return;
        }
        for (LocalDate day = today.minusYears(1).plusDays(1); !day.isAfter(today); day = day.plusDays(1)) {
            int count = calendar.isWorkingDay(day) ? perDay - 10 + random.nextInt(21)
                    : day.getDayOfWeek().getValue() == 6 ? perDay / 8 : 0;
            for (int n = 1; n <= Math.max(0, count); n++) {
                sink.accept(dossier(day, n, today));
            }
        }
    }

    private DossierData dossier(LocalDate day, int n, LocalDate today) {
        Procedure p = weighted.get(random.nextInt(weighted.size()));
        LocalDateTime receivedAt = LocalDateTime.of(day, LocalTime.of(7, 30).plusMinutes(random.nextInt(540)));
        Channel channel = channel(p);
        LocalDate receivedOn = calendar.effectiveIntakeDay(receivedAt, p.isAfternoonCutoff());
        LocalDate due = calendar.addWorkingDays(receivedOn, p.getProcessingDays());
        int roll = random.nextInt(1000);
        DossierStatus status;
        LocalDate result = null;
        LocalDate ended = null;
        boolean apology = false;
        LocalDate newDue = null;
        if (roll < 15) {
            status = DossierStatus.WITHDRAWN;
            ended = min(receivedOn.plusDays(random.nextInt(3)), today);
        } else if (roll < 17) {
            status = DossierStatus.REFUSED;
            ended = min(receivedOn.plusDays(1 + random.nextInt(3)), today);
        } else if (roll < 27) {
            // late: resolved one to three working days after the due day, most with an apology letter
            LocalDate late = calendar.addWorkingDays(due, 1 + random.nextInt(3));
            apology = random.nextInt(10) < 6;
            newDue = apology ? late : null;
            if (late.isAfter(today)) {
                status = DossierStatus.IN_PROGRESS;
            } else {
                status = DossierStatus.RESOLVED;
                result = late;
            }
        } else if (roll < 29 && due.isBefore(today) && !due.isBefore(today.minusDays(30))) {
            // still open past the due day: the centers' "result returned on paper but not clicked in the software"
            status = DossierStatus.IN_PROGRESS;
        } else if (roll < 34 && !due.isBefore(today.minusDays(20))) {
            status = DossierStatus.SUPPLEMENT_REQUESTED;
        } else {
            LocalDate done = random.nextInt(5) == 0 ? due : earlier(receivedOn, due);
            if (done.isAfter(today)) {
                status = DossierStatus.IN_PROGRESS;
            } else {
                status = random.nextInt(5) == 0 ? DossierStatus.RESOLVED : DossierStatus.RETURNED;
                result = done;
            }
        }
        LocalDate returned = status == DossierStatus.RETURNED ? min(result.plusDays(random.nextInt(3)), today) : null;
        boolean paidOnline = p.getFee() > 0 && random.nextInt(100) < (channel.isOnline() ? 80 : 15);
        // the random draws in this order, so that the same seed gives the same demo
        DossierData d = DossierData.builder()
                .code("KT-" + day.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"))
                        + String.format("-%04d", n))
                .procedureId(p.getId()).fieldId(p.getField().getId()).unitId(p.getUnit().getId()).channel(channel)
                .onlineLevel(p.getOnlineLevel()).receivedAt(receivedAt).receivedOn(receivedOn).dueOn(due)
                .resultOn(result).returnedOn(returned).endedOn(ended).status(status).fee(p.getFee())
                .paidOnline(paidOnline).digitizedComponents(random.nextInt(1000) < 992)
                .digitizedResult(result != null && random.nextInt(100) < 97).apologySent(apology)
                .apologyReason(apology ? "Phần mềm một cửa lỗi, chưa chuyển được hồ sơ sang cơ quan giải quyết" : null)
                .newDueOn(newDue).build();
        return withDigitalRecords(d);
    }

    /**
     * The digitization form's records: most digitized components and results also go to the electronic data
     * warehouse, and about a third of the dossiers reuse data digitized before (more of the online ones). Drawn
     * from the dossier's own code, so the rest of the generated year stays as it was.
     */
    private static DossierData withDigitalRecords(DossierData d) {
        Random r = new Random(d.code().hashCode());
        boolean components = d.digitizedComponents() && r.nextInt(100) < 70;
        Boolean result = d.resultOn() == null ? null : d.digitizedResult() && r.nextInt(100) < 75;
        boolean reused = r.nextInt(100) < (d.channel().isOnline() ? 40 : 20);
        return d.withDigitalRecords(components, result, reused);
    }

    private Channel channel(Procedure p) {
        int online = p.getOnlineLevel() == OnlineLevel.FULLY ? 85 : 52;
        int roll = random.nextInt(100);
        if (roll < online) {
            return random.nextInt(20) == 0 ? Channel.SMARTPHONE : Channel.ONLINE;
        }
        return roll < 97 ? Channel.IN_PERSON : roll < 98 ? Channel.ORDINARY_POSTAL : Channel.POSTAL;
    }

    private LocalDate earlier(LocalDate receivedOn, LocalDate due) {
        int span = calendar.workingDaysBetween(receivedOn, due);
        return span <= 0 ? receivedOn : calendar.addWorkingDays(receivedOn, random.nextInt(span));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
