package vn.hcc.dashboard.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.catalog.WorkField;

/**
 * Lets other features' tests load the dossiers of {@link PeriodFiguresSeedTest}'s seed rows (whose repository is
 * package-private) without copying the row data. Call with a signed-in user that may read the catalogue.
 */
public final class SeedDossiers {

    public static final LocalDate SEED_000_FROM = PeriodFiguresSeedTest.SEED_000_FROM;
    public static final LocalDate SEED_000_TO = PeriodFiguresSeedTest.SEED_000_TO;
    public static final LocalDate SEED_004_FROM = PeriodFiguresSeedTest.SEED_004_FROM;
    public static final LocalDate SEED_004_TO = PeriodFiguresSeedTest.SEED_004_TO;

    private SeedDossiers() {
    }

    /** Seed 000's Biểu II.06a dossiers, all at the unit with the given code, one field per row. */
    public static void saveSeed000(ApplicationContext ctx, String unitCode) {
        long unit = unitIds(ctx).get(unitCode);
        Map<String, Long> fields = ctx.getBean(FieldService.class).listAll().stream()
                .collect(Collectors.toMap(WorkField::getCode, WorkField::getId));
        PeriodFiguresSeedTest.SEED_000.forEach(r -> TalliedWrites.save(ctx, r.dossiers("000-" + r.name(),
                fields.get(r.name()), unit, SEED_000_FROM, SEED_000_TO)));
    }

    /** Seed 004's two per-unit tables (departments and communes), field Hộ tịch. */
    public static void saveSeed004(ApplicationContext ctx) {
        Map<String, Long> units = unitIds(ctx);
        long hoTich = ctx.getBean(FieldService.class).listAll().stream().filter(f -> f.getCode().equals("HT"))
                .findFirst().orElseThrow().getId();
        for (List<SeedRow> table : List.of(PeriodFiguresSeedTest.SEED_004_CENTER,
                PeriodFiguresSeedTest.SEED_004_COMMUNES)) {
            table.forEach(r -> TalliedWrites.save(ctx, r.dossiers("004-" + r.name(), hoTich, units.get(r.name()),
                    SEED_004_FROM, SEED_004_TO)));
        }
    }

    /**
     * Dossiers of one procedure received in [from, to] (none carried over), all resolved early: {@code online}
     * online, {@code inPerson} at the counter and {@code postal} by public postal service. Returns their codes.
     */
    public static List<String> saveReceived(ApplicationContext ctx, String codePrefix, Long procedureId, long fieldId,
            long unitId, int online, int inPerson, int postal, LocalDate from, LocalDate to) {
        int n = online + inPerson + postal;
        SeedRow row = new SeedRow(codePrefix, online, inPerson + postal, 0, n, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        List<DossierData> data = row.dossiers(codePrefix, procedureId, fieldId, unitId, from, to).stream()
                .map(d -> d.channel() == Channel.IN_PERSON && Integer.parseInt(d.code().substring(
                        d.code().lastIndexOf('-') + 1)) >= online + inPerson ? postal(d) : d)
                .toList();
        TalliedWrites.save(ctx, data);
        return data.stream().map(DossierData::code).toList();
    }

    /**
     * {@code n} dossiers of one procedure submitted on {@code channel}, received on {@code receivedOn} and returned
     * early on {@code resultOn}, none with a fee.
     */
    public static void saveOnChannel(ApplicationContext ctx, String codePrefix, Long procedureId, long fieldId,
            long unitId, Channel channel, int n, LocalDate receivedOn, LocalDate resultOn) {
        List<DossierData> list = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(DossierData.builder().code(codePrefix + "-" + i).procedureId(procedureId).fieldId(fieldId)
                    .unitId(unitId).channel(channel).onlineLevel(vn.hcc.dashboard.catalog.OnlineLevel.FULLY)
                    .receivedAt(receivedOn.atTime(9, 0)).receivedOn(receivedOn).dueOn(resultOn.plusDays(3))
                    .resultOn(resultOn).returnedOn(resultOn).status(DossierStatus.RETURNED).digitizedComponents(true)
                    .digitizedResult(true).build());
        }
        TalliedWrites.save(ctx, list);
    }

    private static DossierData postal(DossierData d) {
        return d.toBuilder().channel(Channel.POSTAL).componentsStored(null).resultStored(null).reusedData(null)
                .build();
    }

    private static Map<String, Long> unitIds(ApplicationContext ctx) {
        return ctx.getBean(UnitService.class).listAll().stream().collect(Collectors.toMap(Unit::getCode, Unit::getId));
    }
}
