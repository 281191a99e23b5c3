package vn.hcc.dashboard;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hcc.dashboard.reports.ReportDefinition;
import vn.hcc.dashboard.reports.ReportRuleBreakers;
import vn.hcc.dashboard.reports.ui.ReportViewRuleBreakers;

/**
 * The report rules: every feature owns its reports and implements the report contract, the reports package holds
 * only the contract, the workbook writer, the letterheads and the view, and nothing reaches a report but through the
 * contract. Each rule is also checked against a class that breaks it, so none can pass vacuously.
 */
class ReportArchitectureTest {

    private static final String REPORTS = "vn.hcc.dashboard.reports";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.hcc.dashboard");
    }

    /** A report bean: a class, not one of the contract's interfaces, that implements ReportDefinition. */
    static final DescribedPredicate<JavaClass> A_REPORT = new DescribedPredicate<>("a report") {
        @Override
        public boolean test(JavaClass c) {
            return !c.isInterface() && c.isAssignableTo(ReportDefinition.class);
        }
    };

    /**
     * The reports package (and its view) names catalogue units on letterheads and checks permissions, and knows no
     * other feature: a feature's report depends on the contract, never the other way round.
     */
    static final ArchRule REPORTS_KNOW_ONLY_CATALOG_SECURITY_AND_BASE = noClasses().that()
            .resideInAPackage(REPORTS + "..").should()
            .dependOnClassesThat(resideInAPackage("vn.hcc.dashboard..").and(not(resideInAnyPackage(REPORTS + "..",
                    "vn.hcc.dashboard.catalog..", "vn.hcc.dashboard.security..", "vn.hcc.dashboard.base.."))));

    /**
     * The contract and the workbook writer (everything in reports but the letterheads and report beans) know no
     * feature, not even the catalogue: a feature's values reach them as generic cells, choices and texts.
     */
    static final ArchRule THE_CONTRACT_KNOWS_NO_FEATURE = noClasses().that().resideInAPackage(REPORTS).and()
            .haveSimpleNameNotStartingWith("Letterhead").and(not(A_REPORT))
            .should().dependOnClassesThat(resideInAPackage("vn.hcc.dashboard..")
                    .and(not(resideInAnyPackage(REPORTS, "vn.hcc.dashboard.base.."))));

    /**
     * Nothing outside a report's own package names its class: the reports view collects every ReportDefinition bean,
     * a feature view links to a report by URL, no feature uses another feature's report.
     */
    static final ArchRule REPORTS_ARE_NAMED_ONLY_IN_THEIR_PACKAGE = classes().that(A_REPORT)
            .should(ArchitectureTest.beAccessedOnlyFromOwnPackage());

    /** The view knows ReportDefinition alone and never asks which kind of report it has. */
    static final ArchRule THE_VIEW_NEVER_ASKS_A_REPORTS_KIND = noClasses().that().resideInAPackage(REPORTS + ".ui..")
            .should().dependOnClassesThat(assignableTo(ReportDefinition.class)
                    .and(not(equivalentTo(ReportDefinition.class))));

    @Test
    void reportsDependOnNoFeatureButCatalogSecurityAndBase() {
        REPORTS_KNOW_ONLY_CATALOG_SECURITY_AND_BASE.check(classes);
        assertThat(breaks(REPORTS_KNOW_ONLY_CATALOG_SECURITY_AND_BASE, ReportRuleBreakers.RateOfAKpi.class)).isTrue();
        assertThat(breaks(REPORTS_KNOW_ONLY_CATALOG_SECURITY_AND_BASE, ReportRuleBreakers.UnitInTheContract.class))
                .isFalse();
    }

    @Test
    void theReportContractDependsOnNoFeature() {
        THE_CONTRACT_KNOWS_NO_FEATURE.check(classes);
        assertThat(breaks(THE_CONTRACT_KNOWS_NO_FEATURE, ReportRuleBreakers.RateOfAKpi.class)).isTrue();
        assertThat(breaks(THE_CONTRACT_KNOWS_NO_FEATURE, ReportRuleBreakers.UnitInTheContract.class)).isTrue();
    }

    @Test
    void reportsAreReachedOnlyThroughTheContract() {
        REPORTS_ARE_NAMED_ONLY_IN_THEIR_PACKAGE.check(classes);
        THE_VIEW_NEVER_ASKS_A_REPORTS_KIND.check(classes);
        assertThat(breaks(REPORTS_ARE_NAMED_ONLY_IN_THEIR_PACKAGE, ReportRuleBreakers.AReport.class)).isFalse();
        assertThat(breaks(REPORTS_ARE_NAMED_ONLY_IN_THEIR_PACKAGE, ReportRuleBreakers.AReport.class,
                ReportViewRuleBreakers.NamingAReport.class)).isTrue();
        assertThat(breaks(THE_VIEW_NEVER_ASKS_A_REPORTS_KIND, ReportViewRuleBreakers.SwitchingView.class)).isTrue();
        assertThat(breaks(THE_VIEW_NEVER_ASKS_A_REPORTS_KIND, ReportViewRuleBreakers.KnowingTheContract.class))
                .isFalse();
    }

    private static boolean breaks(ArchRule rule, Class<?>... breakers) {
        return rule.evaluate(new ClassFileImporter().importClasses(breakers)).hasViolation();
    }
}
