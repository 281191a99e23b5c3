package vn.hcc.dashboard.intake;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hcc.dashboard.Application;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.ProcedureDraft;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitDraft;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.figures.DossierFilter;
import vn.hcc.dashboard.figures.PeriodFigures;
import vn.hcc.dashboard.figures.PeriodFiguresService;
import vn.hcc.dashboard.importing.DossierImportService;
import vn.hcc.dashboard.importing.ImportFiles;
import vn.hcc.dashboard.importing.ImportResult;
import vn.hcc.dashboard.kpi.KpiService;
import vn.hcc.dashboard.kpi.KpiSet;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * The real application in a JVM of its own, for the restart and backup tests ({@link ChildApp} starts it): the
 * application's main class, profile {@code mariadb}, no demo data, production mode, on the database and port given as
 * Spring arguments ({@code --spring.datasource.url=…}, {@code --server.port=…}); then the actions named in the other
 * arguments, in order, each as an administrator:
 * <ul>
 * <li>{@code catalog}: the unit {@link #UNIT}, field {@link #FIELD} and procedure {@link #PROCEDURE} of the
 * dossiers below, through the catalogue services;</li>
 * <li>{@code saves}: dossiers RSAV-1, RSAV-2, … recorded one after another through {@link DossierService}, until the
 * process is killed; "SAVING code" before each and "SAVED code" once its transaction has committed;</li>
 * <li>{@code import:n}: a generated file of {@code n} rows RIMP-1 … RIMP-n imported through
 * {@link DossierImportService} (one transaction), its progress reported as "PROGRESS pass rows total";</li>
 * <li>{@code figures:from:to[:unit,unit…]}: the period's figures and KPIs as the application's services read them,
 * for all units and each unit named by code ({@link #figuresLine}, {@link #kpisLine}).</li>
 * </ul>
 * Every line meant for the parent starts with {@link #TAG}; everything else on stdout is the application's log. After
 * the actions it prints "IDLE" and keeps serving until it is killed.
 */
public final class ChildAppMain {

    public static final String TAG = "CHILD ";
    public static final String UNIT = "RUNIT";
    public static final String FIELD = "RFLD";
    public static final String PROCEDURE = "RPROC";
    static final String UNIT_NAME = "Bộ phận thử khởi động lại";
    static final String FIELD_NAME = "Lĩnh vực thử khởi động lại";
    /** The saved dossiers' day: all of them add to the same summary rows. */
    public static final LocalDate SAVE_DAY = LocalDate.of(2025, 3, 3);

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private ChildAppMain() {
    }

    public static void main(String[] args) throws IOException {
        List<String> spring = new ArrayList<>(List.of("--spring.profiles.active=mariadb",
                "--vaadin.productionMode=true", "--spring.main.banner-mode=off", "--app.demo-data=false"));
        List<String> actions = new ArrayList<>();
        for (String a : args) {
            (a.startsWith("--") ? spring : actions).add(a);
        }
        long start = System.nanoTime();
        ConfigurableApplicationContext ctx = SpringApplication.run(Application.class, spring.toArray(String[]::new));
        tell("STARTED in %d ms", (System.nanoTime() - start) / 1_000_000);
        for (String action : actions) {
            String[] parts = action.split(":");
            switch (parts[0]) {
                case "catalog" -> SystemAccess.asAdmin(() -> catalog(ctx));
                case "saves" -> SystemAccess.asAdmin(() -> saves(ctx));
                case "import" -> importRows(ctx, Integer.parseInt(parts[1]));
                case "figures" -> SystemAccess.asAdmin(() -> figures(ctx, LocalDate.parse(parts[1]),
                        LocalDate.parse(parts[2]), parts.length > 3 ? List.of(parts[3].split(",")) : List.of()));
                default -> throw new IllegalArgumentException("unknown action " + action);
            }
        }
        tell("IDLE");
    }

    /** A line for the parent: {@link #TAG} first, flushed at once. */
    static void tell(String format, Object... args) {
        OUT.println(TAG + format.formatted(args));
    }

    private static void catalog(ConfigurableApplicationContext ctx) {
        Unit unit = ctx.getBean(UnitService.class).save(new UnitDraft(null, 0, UNIT, UNIT_NAME, UnitKind.DEPARTMENT,
                null, true));
        long field = ctx.getBean(FieldService.class).save(null, 0, FIELD, FIELD_NAME).getId();
        ctx.getBean(ProcedureService.class).save(new ProcedureDraft(null, 0, PROCEDURE, "Thủ tục thử khởi động lại",
                field, unit.getId(), OnlineLevel.PARTLY, 5, 0, false, true));
        tell("CATALOG");
    }

    private static void saves(ConfigurableApplicationContext ctx) {
        DossierService dossiers = ctx.getBean(DossierService.class);
        long procedure = ctx.getBean(ProcedureService.class).search(PROCEDURE, null, null,
                org.springframework.data.domain.PageRequest.of(0, 10)).getContent().stream()
                .filter(p -> p.getCode().equals(PROCEDURE)).findFirst().orElseThrow().getId();
        for (int i = 1; i <= 1_000_000; i++) {
            String code = "RSAV-" + i;
            tell("SAVING %s", code);
            try {
                dossiers.record(dossiers.propose(procedure, SAVE_DAY.atTime(9, 0), code, Channel.IN_PERSON));
            } catch (RuntimeException e) {
                tell("FAILED %s %s", code, e);
                throw e;
            }
            tell("SAVED %s", code);
        }
    }

    private static void importRows(ConfigurableApplicationContext ctx, int n) {
        try {
            Path dir = Files.createTempDirectory("hcc-restart-import");
            List<List<Object>> rows = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                rows.add(ImportFiles.exampleRow("RIMP-" + i, PROCEDURE, FIELD_NAME, UNIT_NAME));
            }
            Path file = ImportFiles.csv(dir, "restart.csv", ImportFiles.csvText(',', ImportFiles.HEADERS, rows), false);
            tell("IMPORTING %d rows", n);
            ImportResult result = SystemAccess.asAdmin(() -> ctx.getBean(DossierImportService.class).importFile(file,
                    "restart.csv", (pass, read, total) -> tell("PROGRESS %d %d %d", pass, read, total)));
            tell("IMPORTED %s", result);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void figures(ConfigurableApplicationContext ctx, LocalDate from, LocalDate to, List<String> units) {
        PeriodFiguresService figures = ctx.getBean(PeriodFiguresService.class);
        KpiService kpis = ctx.getBean(KpiService.class);
        Map<String, Long> ids = ctx.getBean(UnitService.class).listAll().stream()
                .collect(Collectors.toMap(Unit::getCode, Unit::getId));
        Period period = Period.of(from, to);
        tell(figuresLine(period, "ALL", figures.figures(period, DossierFilter.ALL)));
        tell(kpisLine(period, "ALL", kpis.kpis(period, null)));
        for (String unit : units) {
            Long id = ids.get(unit);
            tell(figuresLine(period, unit, figures.figures(period, new DossierFilter(id, null, null))));
            tell(kpisLine(period, unit, kpis.kpis(period, id)));
        }
    }

    /** How the child reports a period's figures, and how the parent writes its own to compare. */
    public static String figuresLine(Period period, String label, PeriodFigures figures) {
        return "FIGURES " + period.from() + "/" + period.to() + "/" + label + " " + figures;
    }

    public static String kpisLine(Period period, String label, KpiSet kpis) {
        return "KPIS " + period.from() + "/" + period.to() + "/" + label + " " + kpis;
    }
}
