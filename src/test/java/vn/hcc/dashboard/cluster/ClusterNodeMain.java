package vn.hcc.dashboard.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import vn.hcc.dashboard.Application;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.OnlineLevel;
import vn.hcc.dashboard.catalog.ProcedureDraft;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitDraft;
import vn.hcc.dashboard.catalog.UnitKind;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.dashboard.DashboardData;
import vn.hcc.dashboard.dashboard.DashboardService;
import vn.hcc.dashboard.intake.Channel;
import vn.hcc.dashboard.intake.ChildAppMain;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.security.SystemAccess;

/**
 * One node of {@link ClusterMariaDbTest}: the real application in a JVM of its own (started by the intake tests'
 * {@code ChildApp}), profile {@code mariadb}, no demo data, cluster mode from the Spring arguments. It prints
 * "EVENT topic epoch-millis" for every live event its broadcaster hands to listeners, then answers commands read
 * from stdin, "id command [argument]", with "R&lt;id&gt; answer":
 * <ul>
 * <li>{@code catalog}: the unit, field and procedure of the dossiers below;</li>
 * <li>{@code save CODE}: a dossier of {@link #DAY} recorded through DossierService; "SAVED CODE epoch-millis";</li>
 * <li>{@code figures}: the dashboard's figures of {@link #DAY}'s month as DashboardService serves them (cached
 * per generation): "FIGURES received computations";</li>
 * <li>{@code job NAME}: OneNodeJobs.run(NAME, …): "JOB NAME ran" or "JOB NAME skipped";</li>
 * <li>{@code members}: "MEMBERS count oldest".</li>
 * </ul>
 */
public final class ClusterNodeMain {

    static final LocalDate DAY = LocalDate.of(2025, 3, 4);
    static final Period MONTH = Period.of(DAY.withDayOfMonth(1), DAY.withDayOfMonth(31));
    private static final String UNIT = "CLUNIT";
    private static final String FIELD = "CLFLD";
    private static final String PROCEDURE = "CLPROC";
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private ClusterNodeMain() {
    }

    public static void main(String[] args) throws IOException {
        List<String> spring = new ArrayList<>(List.of("--spring.profiles.active=mariadb",
                "--vaadin.productionMode=true", "--spring.main.banner-mode=off", "--app.demo-data=false"));
        spring.addAll(List.of(args));
        ConfigurableApplicationContext ctx = SpringApplication.run(Application.class, spring.toArray(String[]::new));
        ctx.getBean(Broadcaster.class).register(e -> tell("EVENT %s %d", e.topic(), System.currentTimeMillis()));
        tell("STARTED");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] parts = line.trim().split(" ");
            try {
                tell("R%s %s", parts[0], SystemAccess.asAdmin(() -> answer(ctx, parts)));
            } catch (RuntimeException e) {
                tell("R%s FAILED %s", parts[0], e);
            }
        }
    }

    private static String answer(ConfigurableApplicationContext ctx, String[] parts) {
        return switch (parts[1]) {
            case "catalog" -> catalog(ctx);
            case "save" -> save(ctx, parts[2]);
            case "figures" -> figures(ctx.getBean(DashboardService.class));
            case "job" -> "JOB " + parts[2] + (ctx.getBean(OneNodeJobs.class).run(parts[2],
                    () -> tell("JOB-RAN %s", parts[2])) ? " ran" : " skipped");
            case "members" -> {
                ClusterStatus status = ctx.getBean(ClusterStatus.class);
                yield "MEMBERS " + status.memberCount() + " " + status.oldestMember();
            }
            default -> throw new IllegalArgumentException("unknown command " + parts[1]);
        };
    }

    private static String catalog(ConfigurableApplicationContext ctx) {
        Unit unit = ctx.getBean(UnitService.class).save(new UnitDraft(null, 0, UNIT, "Bộ phận thử nhiều nút",
                UnitKind.DEPARTMENT, null, true));
        long field = ctx.getBean(FieldService.class).save(null, 0, FIELD, "Lĩnh vực thử nhiều nút").getId();
        ctx.getBean(ProcedureService.class).save(new ProcedureDraft(null, 0, PROCEDURE, "Thủ tục thử nhiều nút",
                field, unit.getId(), OnlineLevel.PARTLY, 5, 0, false, true));
        return "CATALOG";
    }

    private static String save(ConfigurableApplicationContext ctx, String code) {
        long procedure = ctx.getBean(ProcedureService.class).search(PROCEDURE, null, null, PageRequest.of(0, 10))
                .getContent().stream().filter(p -> p.getCode().equals(PROCEDURE)).findFirst().orElseThrow().getId();
        DossierService dossiers = ctx.getBean(DossierService.class);
        dossiers.record(dossiers.propose(procedure, DAY.atTime(9, 0), code, Channel.IN_PERSON));
        return "SAVED " + code + " " + System.currentTimeMillis();
    }

    private static String figures(DashboardService dashboard) {
        DashboardData data = dashboard.data(MONTH, MONTH.previous(), null);
        long received = data.receivedByChannel().values().stream().mapToLong(Long::longValue).sum();
        return "FIGURES " + received + " " + dashboard.computations();
    }

    private static void tell(String format, Object... args) {
        OUT.println(ChildAppMain.TAG + format.formatted(args));
    }
}
