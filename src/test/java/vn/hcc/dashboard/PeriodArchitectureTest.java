package vn.hcc.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** A period is one value: the rule that keeps two loose dates out of the code's signatures. */
class PeriodArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.hcc.dashboard");
    }

    /**
     * A period is one {@code base.Period} value, validated once: no method or constructor takes two
     * {@code LocalDate} bounds side by side ({@code from, to}, {@code start, end}…). Exceptions, each for a reason a Period cannot serve: the
     * working-day calendar counts the days between two dates that need not make a period (a due day may lie before
     * its start); the dossier and PAKN filters have optional, open-ended bounds (null: unbounded); a target's and a staff
     * member's draft carry what the form holds (a staff member's last day is optional), so that "ends before it
     * starts" is reported at its field; Period itself; and
     * repositories, whose queries bind each bound as a parameter of its own.
     */
    static final java.util.Set<String> TAKING_DATE_PAIRS = java.util.Set.of("vn.hcc.dashboard.base.Period",
            "vn.hcc.dashboard.catalog.WorkingDayCalendar", "vn.hcc.dashboard.intake.DossierQuery",
            "vn.hcc.dashboard.pakn.PaknQuery", "vn.hcc.dashboard.targets.TargetDraft",
            "vn.hcc.dashboard.staff.StaffDraft");

    @Test
    void periodsAreOnePeriodNotTwoDates() {
        classes().that().areNotAssignableTo(Repository.class).should(takeNoDatePair()).check(classes);
        // the rule sees a pair in a method of any visibility and in a constructor, and lets a Period through
        JavaClasses fixtures = new ClassFileImporter().importClasses(DatePairs.class, OnePeriod.class);
        assertThat(classes().should(takeNoDatePair()).evaluate(fixtures).getFailureReport().getDetails())
                .hasSize(3).allMatch(d -> d.contains("DatePairs"));
    }

    private static ArchCondition<JavaClass> takeNoDatePair() {
        return new ArchCondition<>("take a Period, not two LocalDates") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                JavaClass top = c;
                while (top.getEnclosingClass().isPresent()) {
                    top = top.getEnclosingClass().get();
                }
                if (TAKING_DATE_PAIRS.contains(top.getName())) {
                    return;
                }
                c.getCodeUnits().stream()
                        .filter(m -> !m.getName().startsWith("lambda$") && m.getRawParameterTypes().size() > 1)
                        .forEach(m -> {
                    // the names (compiled with -parameters) tell a period's bounds from two unrelated days
                    java.lang.reflect.Parameter[] p = ((java.lang.reflect.Executable) m.reflect()).getParameters();
                    for (int i = 0; i + 1 < p.length; i++) {
                        if (p[i].getType() == LocalDate.class && p[i + 1].getType() == LocalDate.class
                                && bounds(p[i].getName(), p[i + 1].getName())) {
                            events.add(SimpleConditionEvent.violated(m, m.getFullName()));
                        }
                    }
                });
            }
        };
    }

    private static boolean bounds(String first, String second) {
        String a = first.toLowerCase(java.util.Locale.ROOT);
        String b = second.toLowerCase(java.util.Locale.ROOT);
        return a.endsWith("from") && (b.endsWith("to") || b.endsWith("until"))
                || a.endsWith("start") && b.endsWith("end") || a.endsWith("since") && b.endsWith("until");
    }

    /** What the period rule refuses. */
    @SuppressWarnings("unused")
    static final class DatePairs {
        DatePairs(LocalDate from, LocalDate to) {
        }

        public void figures(LocalDate start, LocalDate end) {
        }

        private void query(long unit, LocalDate validFrom, LocalDate validTo) {
        }
    }

    /** What the period rule lets through. */
    @SuppressWarnings("unused")
    static final class OnePeriod {
        OnePeriod(vn.hcc.dashboard.base.Period period, LocalDate asOf) {
        }

        static LocalDate later(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }
    }

}
