package vn.hcc.dashboard.intake;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;

/**
 * Varied dossiers for the summary-against-definition tests: every status, intake after the 15:00 cut-off (result day
 * before the counted intake day), due days over the Tết 2025 holidays, results early / on the due day / late,
 * returned or not, fees paid online or not, apology letters, open dossiers long overdue. Seeded, so reproducible.
 */
final class RandomDossiers {

    /** A procedure of the test catalogue: its id, field, unit and whether it has the 15:00 cut-off. */
    record Proc(long id, String code, long fieldId, String field, long unitId, String unit, boolean cutoff) {
    }

    static final LocalDate FIRST = LocalDate.of(2024, 10, 1);
    static final int DAYS = 300;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Random rnd;
    private final List<Proc> procs;
    private final WorkingDayCalendar calendar;

    RandomDossiers(long seed, List<Proc> procs, WorkingDayCalendar calendar) {
        this.rnd = new Random(seed);
        this.procs = procs;
        this.calendar = calendar;
    }

    Random random() {
        return rnd;
    }

    /** A valid dossier as reception or an import would store it; one in ten without a procedure. */
    DossierData next(String code) {
        Proc p = procs.get(rnd.nextInt(procs.size()));
        boolean noProcedure = rnd.nextInt(10) == 0;
        LocalDateTime at = FIRST.plusDays(rnd.nextInt(DAYS)).atTime(7 + rnd.nextInt(11), rnd.nextInt(60));
        LocalDate on = calendar.effectiveIntakeDay(at, p.cutoff() && !noProcedure);
        LocalDate due = calendar.addWorkingDays(on, rnd.nextInt(12));
        DossierStatus status = DossierStatus.values()[rnd.nextInt(DossierStatus.values().length)];
        long fee = rnd.nextInt(3) == 0 ? 0 : 10_000L * (1 + rnd.nextInt(5));
        // the random draws in the record's order, as before the builder
        DossierData d = DossierData.builder().code(code).procedureId(noProcedure ? null : p.id())
                .fieldId(p.fieldId()).unitId(p.unitId()).channel(Channel.values()[rnd.nextInt(Channel.values().length)])
                .onlineLevel(OnlineLevel.PARTLY).receivedAt(at).receivedOn(on).dueOn(due)
                .status(DossierStatus.IN_PROGRESS).fee(fee).paidOnline(fee > 0 && rnd.nextBoolean())
                .digitizedComponents(rnd.nextInt(5) > 0).digitizedResult(rnd.nextInt(4) > 0)
                .apologySent(rnd.nextInt(3) == 0).componentsStored(recorded()).resultStored(recorded())
                .reusedData(recorded()).build();
        return moved(d, status);
    }

    /** An optional record: not recorded, yes or no. */
    Boolean recorded() {
        return switch (rnd.nextInt(3)) {
            case 0 -> null;
            case 1 -> true;
            default -> false;
        };
    }

    /** The dossier moved to {@code status} with a plausible day for it. */
    DossierData moved(DossierData d, DossierStatus status) {
        LocalDate day = switch (rnd.nextInt(5)) {
            case 0 -> d.dueOn();
            case 1 -> d.receivedAt().toLocalDate();
            default -> d.receivedAt().toLocalDate().plusDays(rnd.nextInt(30));
        };
        LocalDate result = status.hasResult() ? day : null;
        LocalDate returned = status == DossierStatus.RETURNED || (result != null && rnd.nextInt(4) == 0)
                ? result.plusDays(rnd.nextInt(6)) : null;
        return d.withStatus(status, result, returned, status.isFinal() ? day : null);
    }

    /** The dossier as a row of the import format (shared/import-format.md). */
    List<Object> importRow(DossierData d) {
        Proc p = procs.stream().filter(x -> x.fieldId() == d.fieldId() && x.unitId() == d.unitId()).findFirst()
                .orElseThrow();
        LocalDate resultColumn = d.status().isFinal() ? d.endedOn() : d.resultOn();
        List<Object> row = new ArrayList<>();
        row.add(d.code());
        row.add(p.code());
        row.add("");
        row.add(p.field());
        row.add(p.unit());
        row.add(switch (d.channel()) {
            case ONLINE -> "Trực tuyến";
            case IN_PERSON -> "Trực tiếp";
            case ORDINARY_POSTAL -> "Bưu chính";
            case POSTAL -> "Bưu chính công ích";
            case SMARTPHONE -> "Smartphone";
        });
        row.add("Một phần");
        row.add(TIME.format(d.receivedAt()));
        row.add(DAY.format(d.dueOn()));
        row.add(resultColumn == null ? "" : DAY.format(resultColumn));
        row.add(d.returnedOn() == null ? "" : DAY.format(d.returnedOn()));
        row.add(switch (d.status()) {
            case IN_PROGRESS -> "Đang giải quyết";
            case SUPPLEMENT_REQUESTED -> "Chờ bổ sung";
            case SUSPENDED_FINANCIAL -> "Tạm dừng - NVTC";
            case SUSPENDED_OTHER -> "Tạm dừng - khác";
            case RESOLVED -> "Đã giải quyết";
            case RETURNED -> "Đã trả kết quả";
            case WITHDRAWN -> "Rút hồ sơ";
            case REFUSED -> "Từ chối";
        });
        row.add(String.valueOf(d.fee()));
        row.add(d.paidOnline() ? "Có" : "Không");
        row.add(d.digitizedComponents() ? "Có" : "Không");
        row.add(d.digitizedResult() ? "Có" : "Không");
        row.add(d.apologySent() ? "Có" : "Không");
        for (Boolean b : new Boolean[] {d.componentsStored(), d.resultStored(), d.reusedData()}) {
            row.add(b == null ? "" : b ? "Có" : "Không");
        }
        return row;
    }
}
