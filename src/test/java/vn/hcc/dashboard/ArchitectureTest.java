package vn.hcc.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import vn.hcc.dashboard.security.Role;

/** The house rules, kept true by the build (the period rule: {@link PeriodArchitectureTest}; reports: {@link ReportArchitectureTest}). */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.hcc.dashboard");
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("..ui..").should().dependOnClassesThat()
                .areAssignableTo(Repository.class).check(classes);
    }

    @Test
    void repositoriesAreUsedOnlyInsideTheirOwnFeature() {
        classes().that().areAssignableTo(Repository.class).should(beAccessedOnlyFromOwnPackage()).check(classes);
    }

    /**
     * Every write of a dossier goes through {@code intake.DossierService}, which tells the figures' tally of it in the
     * same transaction: no other class saves or deletes through the repository, builds a {@code Dossier}, applies new
     * values to one or tells the tally of a change.
     */
    @Test
    void onlyTheDossierServiceWritesDossiers() {
        String service = "vn.hcc.dashboard.intake.DossierService";
        String entity = "vn.hcc.dashboard.intake.Dossier";
        noClasses().that().doNotHaveFullyQualifiedName(service).and().doNotHaveFullyQualifiedName(entity).should()
                .callMethodWhere(DescribedPredicate.describe("a write of a dossier or of its tally", call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    return owner.equals("vn.hcc.dashboard.intake.DossierRepository")
                            && (name.startsWith("save") || name.startsWith("delete"))
                            || owner.equals(entity) && name.equals("apply")
                            || owner.equals("vn.hcc.dashboard.intake.DossierChanges") && name.equals("changed");
                }))
                .orShould().callConstructorWhere(DescribedPredicate.describe("a new Dossier",
                        call -> call.getTargetOwner().getName().equals(entity)))
                .because("DossierService keeps dossier_tally in step with every write").check(classes);
    }

    /**
     * Dossiers come first: the import and the figures read intake's service and records, never the other way round
     * (the tally is told of writes through intake's {@code DossierChanges}, which figures implements).
     */
    @Test
    void intakeDependsOnNeitherImportNorFigures() {
        noClasses().that().resideInAPackage("vn.hcc.dashboard.intake..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.hcc.dashboard.importing..", "vn.hcc.dashboard.figures..").check(classes);
    }

    /**
     * Every feature writes to the audit trail, so the trail depends on none of them (only on security for the current
     * user and the permission, and on base): otherwise a feature and the trail would need each other. Its export is
     * its own workbook, not a report: {@code reports} depends on {@code catalog}, which writes to the trail.
     */
    @Test
    void theAuditTrailDependsOnNoFeatureButSecurityAndBase() {
        noClasses().that().resideInAPackage("vn.hcc.dashboard.audit..").should()
                .dependOnClassesThat(DescribedPredicate.describe("a feature but security and base", c -> {
                    String p = c.getPackageName() + ".";
                    return p.startsWith("vn.hcc.dashboard.") && !p.startsWith("vn.hcc.dashboard.audit.")
                            && !p.startsWith("vn.hcc.dashboard.security.") && !p.startsWith("vn.hcc.dashboard.base.");
                }))
                .check(classes);
    }

    @Test
    void featurePackagesFormNoCycles() {
        slices().matching("vn.hcc.dashboard.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void baseDependsOnNoFeature() {
        noClasses().that().resideInAPackage("vn.hcc.dashboard.base..").should().dependOnClassesThat()
                .resideInAnyPackage("vn.hcc.dashboard.security..", "vn.hcc.dashboard.catalog..",
                        "vn.hcc.dashboard.dashboard..", "vn.hcc.dashboard.demo..")
                .check(classes);
    }

    @Test
    void routesLiveInUiPackagesAndAreNotPublicApi() {
        classes().that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..").check(classes);
        // The login view is the one route the security configuration must name.
        classes().that().areAnnotatedWith(Route.class).and().doNotHaveSimpleName("LoginView")
                .should().notBePublic().check(classes);
    }

    /**
     * Who may do what is {@code security.Permission}'s table alone: no access rule names a role (no
     * {@code @RolesAllowed}, no {@code hasRole} in {@code @PreAuthorize}), only security and the demo accounts know
     * the roles, and every route says whether it is public or for signed-in users (then {@code @Requires} narrows it).
     */
    @Test
    void accessRulesNamePermissionsNeverRoles() {
        noClasses().should().beAnnotatedWith(RolesAllowed.class).check(classes);
        noMethods().should().beAnnotatedWith(RolesAllowed.class).check(classes);
        classes().should(notNameARoleInPreAuthorize()).check(classes);
        noClasses().that().resideOutsideOfPackages("vn.hcc.dashboard.security..", "vn.hcc.dashboard.demo..")
                .should().dependOnClassesThat().areAssignableTo(Role.class).check(classes);
        classes().that().areAnnotatedWith(Route.class).should().beAnnotatedWith(PermitAll.class).orShould()
                .beAnnotatedWith(AnonymousAllowed.class).check(classes);
    }

    /** Titles come from the translations: a menu view is {@code MenuTitled}, nothing says {@code @PageTitle}. */
    @Test
    void pageTitlesAreTranslated() {
        noClasses().should().beAnnotatedWith(PageTitle.class).check(classes);
        classes().that().areAnnotatedWith(Route.class).should().implement(HasDynamicTitle.class).check(classes);
    }

    private static ArchCondition<JavaClass> notNameARoleInPreAuthorize() {
        return new ArchCondition<>("name no role in @PreAuthorize (use @Requires(Permission.X))") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                java.util.List<String> rules = new java.util.ArrayList<>();
                c.tryGetAnnotationOfType(PreAuthorize.class).ifPresent(a -> rules.add(a.value()));
                c.getMethods().forEach(m -> m.tryGetAnnotationOfType(PreAuthorize.class)
                        .ifPresent(a -> rules.add(a.value())));
                rules.stream().filter(r -> r.contains("Role") || r.contains("Authority"))
                        .forEach(r -> events.add(SimpleConditionEvent.violated(c, c.getName() + ": " + r)));
            }
        };
    }

    @Test
    void everyFeaturePackageSaysWhatItOwns() {
        classes().that().resideInAPackage("vn.hcc.dashboard.*").and().haveSimpleNameNotEndingWith("Application")
                .should(haveAPackageInfo()).check(classes);
    }

    /**
     * Every "now" comes from the application's Clock (the Center's zone, replaceable in tests): the system clock in
     * the server's zone, UTC in a container, proposed 11:35 for a dossier received at 18:35 in the Center.
     */
    static final ArchRule NOW_ONLY_FROM_THE_APPLICATION_CLOCK = noClasses().should()
            .callMethodWhere(readsTheSystemClock()).because("the application Clock (TimeConfig) knows the Center's zone");

    @Test
    void everyNowComesFromTheApplicationClock() {
        NOW_ONLY_FROM_THE_APPLICATION_CLOCK.check(classes);
        // the rule sees each form of the mistake
        JavaClasses wrong = new ClassFileImporter().importClasses(SystemClockReader.class);
        assertThat(NOW_ONLY_FROM_THE_APPLICATION_CLOCK.evaluate(wrong).getFailureReport().getDetails())
                .hasSize(5);
        JavaClasses right = new ClassFileImporter().importClasses(ClockReader.class);
        assertThat(NOW_ONLY_FROM_THE_APPLICATION_CLOCK.evaluate(right).hasViolation()).isFalse();
    }

    private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
        return new DescribedPredicate<>("read the system clock: a java.time now() without a Clock argument") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTarget().getOwner().getName();
                String name = call.getTarget().getName();
                if (owner.equals(Clock.class.getName())) {
                    return name.equals("systemDefaultZone") || name.equals("systemUTC");
                }
                return owner.startsWith("java.time.") && name.equals("now") && call.getTarget()
                        .getRawParameterTypes().stream().noneMatch(t -> t.getName().equals(Clock.class.getName()));
            }
        };
    }

    /** What the rule refuses. */
    @SuppressWarnings("unused")
    static final class SystemClockReader {
        Object[] now() {
            return new Object[] {LocalDate.now(), LocalDateTime.now(), LocalTime.now(),
                    LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")), Clock.systemUTC()};
        }
    }

    /** What the rule lets through. */
    @SuppressWarnings("unused")
    static final class ClockReader {
        Object[] now(Clock clock) {
            return new Object[] {LocalDate.now(clock), LocalDateTime.now(clock), LocalTime.now(clock)};
        }
    }

    /**
     * A grid or label that shows the name of a related record gets it from its service's row record (the service
     * resolves the names with its query, or asks the owning feature's service for the names of one page), never
     * from an id → name map the view built out of a {@code listAll()}: such a map loads a whole table into every
     * open view and falls out of date while the view is open. No class of a {@code ui} package collects into a map.
     * Filling a ComboBox with its choices from a service list stays allowed.
     */
    static final ArchRule VIEWS_BUILD_NO_NAME_MAPS = noClasses().that().resideInAPackage("..ui..")
            .should().callMethodWhere(collectsIntoAMap())
            .because("a view renders the names its service's row records carry (views never build id → name maps)");

    @Test
    void viewsRenderNamedRowsAndBuildNoNameMaps() {
        VIEWS_BUILD_NO_NAME_MAPS.check(classes);
        // the rule sees each form of the mistake, and lets a view that renders rows through
        JavaClasses fixtures = new ClassFileImporter().importPackages("vn.hcc.dashboard.architecture.ui");
        assertThat(VIEWS_BUILD_NO_NAME_MAPS.evaluate(fixtures).getFailureReport().getDetails())
                .hasSize(4).allMatch(d -> d.contains("ViewBuildingNameMaps"));
    }

    private static DescribedPredicate<JavaMethodCall> collectsIntoAMap() {
        return new DescribedPredicate<>("collect into a map (Collectors.toMap, toUnmodifiableMap, toConcurrentMap)") {
            @Override
            public boolean test(JavaMethodCall call) {
                return call.getTarget().getOwner().isEquivalentTo(java.util.stream.Collectors.class)
                        && java.util.Set.of("toMap", "toUnmodifiableMap", "toConcurrentMap")
                                .contains(call.getTarget().getName());
            }
        };
    }

    static ArchCondition<JavaClass> beAccessedOnlyFromOwnPackage() {
        return new ArchCondition<>("be accessed only from their own feature package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().forEach(d -> {
                    JavaClass origin = d.getOriginClass();
                    if (!origin.getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
    }

    private static ArchCondition<JavaClass> haveAPackageInfo() {
        return new ArchCondition<>("live in a package with package-info.java") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String name = c.getPackageName() + ".package-info";
                if (Thread.currentThread().getContextClassLoader()
                        .getResource(name.replace('.', '/') + ".class") == null) {
                    events.add(SimpleConditionEvent.violated(c, c.getPackageName() + " has no package-info.java"));
                }
            }
        };
    }
}
