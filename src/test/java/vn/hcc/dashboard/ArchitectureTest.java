package vn.hcc.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** The house rules of DEVELOPERS.md, kept true by the build. */
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

    @Test
    void everyFeaturePackageSaysWhatItOwns() {
        classes().that().resideInAPackage("vn.hcc.dashboard.*").and().haveSimpleNameNotEndingWith("Application")
                .should(haveAPackageInfo()).check(classes);
    }

    private static ArchCondition<JavaClass> beAccessedOnlyFromOwnPackage() {
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
