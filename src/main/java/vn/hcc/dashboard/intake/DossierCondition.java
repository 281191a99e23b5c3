package vn.hcc.dashboard.intake;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import vn.hcc.dashboard.base.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.domain.Specification;

/**
 * A condition on one dossier, written once and read three ways: evaluated on a {@link DossierData}, rendered as SQL
 * over the dossier table (the tally's rebuild) and as a JPA predicate over {@link Dossier} (searches). The
 * vocabulary is kept small so that the three readings agree, SQL's NULL included: a comparison with an absent day
 * is false in all three, and there is no general negation (NOT NULL is NULL in SQL).
 */
public final class DossierCondition {

    /** The dossier values a condition may read: entity attribute, table column and record accessor. */
    public enum Field {
        RECEIVED_ON("receivedOn", DossierData::receivedOn), DUE_ON("dueOn", DossierData::dueOn),
        RESULT_ON("resultOn", DossierData::resultOn), RETURNED_ON("returnedOn", DossierData::returnedOn),
        ENDED_ON("endedOn", DossierData::endedOn), FEE("fee", DossierData::fee),
        PAID_ONLINE("paidOnline", DossierData::paidOnline),
        DIGITIZED_COMPONENTS("digitizedComponents", DossierData::digitizedComponents),
        DIGITIZED_RESULT("digitizedResult", DossierData::digitizedResult),
        APOLOGY_SENT("apologySent", DossierData::apologySent),
        COMPONENTS_STORED("componentsStored", DossierData::componentsStored),
        RESULT_STORED("resultStored", DossierData::resultStored),
        REUSED_DATA("reusedData", DossierData::reusedData);

        private final String attribute;
        private final String column;
        private final Function<DossierData, Object> value;

        Field(String attribute, Function<DossierData, Object> value) {
            this.attribute = attribute;
            this.column = attribute.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
            this.value = value;
        }

        public String column() {
            return column;
        }

        Object of(DossierData d) {
            return value.apply(d);
        }

        <T> Path<T> of(Root<Dossier> root) {
            return root.get(attribute);
        }
    }

    private interface Jpa {
        Predicate of(Root<Dossier> root, CriteriaBuilder cb);
    }

    /** Always true; the tally writes its contribution without a CASE. */
    public static final DossierCondition ALWAYS = new DossierCondition(d -> true, "1 = 1", (r, cb) -> cb.conjunction());

    private final java.util.function.Predicate<DossierData> test;
    private final String sql;
    private final Jpa jpa;

    private DossierCondition(java.util.function.Predicate<DossierData> test, String sql, Jpa jpa) {
        this.test = test;
        this.sql = sql;
        this.jpa = jpa;
    }

    public boolean test(DossierData d) {
        return test.test(d);
    }

    /** The condition over the columns of the dossier table, for a CASE WHEN or a WHERE. */
    public String sql() {
        return sql;
    }

    public Specification<Dossier> specification() {
        return (root, query, cb) -> predicate(root, cb);
    }

    Predicate predicate(Root<Dossier> root, CriteriaBuilder cb) {
        return jpa.of(root, cb);
    }

    public DossierCondition and(DossierCondition o) {
        return new DossierCondition(d -> test(d) && o.test(d), "(" + sql + " AND " + o.sql + ")",
                (r, cb) -> cb.and(jpa.of(r, cb), o.jpa.of(r, cb)));
    }

    public DossierCondition or(DossierCondition o) {
        return new DossierCondition(d -> test(d) || o.test(d), "(" + sql + " OR " + o.sql + ")",
                (r, cb) -> cb.or(jpa.of(r, cb), o.jpa.of(r, cb)));
    }

    /** A yes/no value that is yes; an optional fact not recorded is not yes. */
    public static DossierCondition yes(Field f) {
        return new DossierCondition(d -> Boolean.TRUE.equals(f.of(d)), f.column, (r, cb) -> cb.isTrue(f.of(r)));
    }

    /** A yes/no value that is recorded and no. */
    public static DossierCondition no(Field f) {
        return new DossierCondition(d -> Boolean.FALSE.equals(f.of(d)), "NOT " + f.column,
                (r, cb) -> cb.isFalse(f.of(r)));
    }

    /** A value that is there: a day that happened, an optional fact that was recorded. */
    public static DossierCondition present(Field f) {
        return new DossierCondition(d -> f.of(d) != null, f.column + " IS NOT NULL", (r, cb) -> cb.isNotNull(f.of(r)));
    }

    public static DossierCondition absent(Field f) {
        return new DossierCondition(d -> f.of(d) == null, f.column + " IS NULL", (r, cb) -> cb.isNull(f.of(r)));
    }

    /** An amount above 0 (a fee charged). */
    public static DossierCondition positive(Field f) {
        return new DossierCondition(d -> ((Long) f.of(d)) > 0, f.column + " > 0",
                (r, cb) -> cb.gt(f.<Long>of(r), 0L));
    }

    public static DossierCondition statusIn(Collection<DossierStatus> statuses) {
        return new DossierCondition(d -> statuses.contains(d.status()), "status IN (" + names(statuses) + ")",
                (r, cb) -> r.get("status").in(statuses));
    }

    public static DossierCondition statusNotIn(Collection<DossierStatus> statuses) {
        return new DossierCondition(d -> !statuses.contains(d.status()), "status NOT IN (" + names(statuses) + ")",
                (r, cb) -> cb.not(r.get("status").in(statuses)));
    }

    /** Day {@code a} before day {@code b}; false when either is absent. */
    public static DossierCondition before(Field a, Field b) {
        return compare(a, b, "<", c -> c < 0);
    }

    public static DossierCondition sameDay(Field a, Field b) {
        return compare(a, b, "=", c -> c == 0);
    }

    public static DossierCondition after(Field a, Field b) {
        return compare(a, b, ">", c -> c > 0);
    }

    /** Day {@code a} before the given day; false when absent. */
    public static DossierCondition before(Field a, LocalDate day) {
        return new DossierCondition(d -> f(a, d) != null && f(a, d).isBefore(day),
                a.column + " < DATE '" + day + "'", (r, cb) -> cb.lessThan(a.<LocalDate>of(r), day));
    }

    /** Day {@code a} on or after the given day; false when absent. */
    public static DossierCondition onOrAfter(Field a, LocalDate day) {
        return new DossierCondition(d -> f(a, d) != null && !f(a, d).isBefore(day),
                a.column + " >= DATE '" + day + "'", (r, cb) -> cb.greaterThanOrEqualTo(a.<LocalDate>of(r), day));
    }

    /** Of one unit. */
    public static DossierCondition unitIs(long unitId) {
        return new DossierCondition(d -> d.unitId() != null && d.unitId() == unitId, "unit_id = " + unitId,
                (r, cb) -> cb.equal(r.get("unitId"), unitId));
    }

    /** Submitted through one of {@code channels}. */
    public static DossierCondition channelIn(Collection<Channel> channels) {
        String names = Arrays.stream(Channel.values()).filter(channels::contains).map(c -> "'" + c.name() + "'")
                .collect(Collectors.joining(", "));
        return new DossierCondition(d -> channels.contains(d.channel()), "channel IN (" + names + ")",
                (r, cb) -> r.get("channel").in(channels));
    }

    /** A yes/no value that is not yes: no, or an optional fact not recorded. */
    public static DossierCondition notYes(Field f) {
        return no(f).or(absent(f));
    }

    /** Received on a day of the period. */
    public static DossierCondition receivedIn(Period period) {
        return new DossierCondition(d -> period.contains(d.receivedOn()),
                "received_on BETWEEN DATE '" + period.from() + "' AND DATE '" + period.to() + "'",
                (r, cb) -> cb.between(r.get("receivedOn"), period.from(), period.to()));
    }

    /**
     * Left (result, or withdrawn/refused) on a day of the period; a day before the intake day counts as the intake
     * day, as the figures count it.
     */
    public static DossierCondition leftIn(Period period) {
        return new DossierCondition(d -> {
            LocalDate left = leftDay(d);
            return left != null && period.contains(left);
        }, LEFT_DAY + " BETWEEN DATE '" + period.from() + "' AND DATE '" + period.to() + "'",
                (r, cb) -> cb.between(leftDay(r, cb), period.from(), period.to()));
    }

    /** Open at the end of {@code day}: received by then, and not left by then. */
    public static DossierCondition openAt(LocalDate day) {
        return new DossierCondition(d -> !d.receivedOn().isAfter(day) && (leftDay(d) == null
                || leftDay(d).isAfter(day)), "(received_on <= DATE '" + day + "' AND (COALESCE(result_on, ended_on)"
                        + " IS NULL OR " + LEFT_DAY + " > DATE '" + day + "'))",
                (r, cb) -> cb.and(cb.lessThanOrEqualTo(r.get("receivedOn"), day),
                        cb.or(cb.and(cb.isNull(r.get("resultOn")), cb.isNull(r.get("endedOn"))),
                                cb.greaterThan(leftDay(r, cb), day))));
    }

    private static final String LEFT_DAY = "GREATEST(COALESCE(result_on, ended_on), received_on)";

    private static LocalDate leftDay(DossierData d) {
        LocalDate left = d.resultOn() != null ? d.resultOn() : d.endedOn();
        return left == null ? null : left.isBefore(d.receivedOn()) ? d.receivedOn() : left;
    }

    private static Expression<LocalDate> leftDay(Root<Dossier> r, CriteriaBuilder cb) {
        return cb.function("GREATEST", LocalDate.class,
                cb.<LocalDate>coalesce(r.get("resultOn"), r.get("endedOn")), r.get("receivedOn"));
    }

    private static DossierCondition compare(Field a, Field b, String op,
            java.util.function.IntPredicate holds) {
        return new DossierCondition(d -> f(a, d) != null && f(b, d) != null && holds.test(f(a, d).compareTo(f(b, d))),
                a.column + " " + op + " " + b.column, (r, cb) -> {
                    Expression<LocalDate> x = a.of(r);
                    Expression<LocalDate> y = b.of(r);
                    return switch (op) {
                        case "<" -> cb.lessThan(x, y);
                        case "=" -> cb.equal(x, y);
                        default -> cb.greaterThan(x, y);
                    };
                });
    }

    private static LocalDate f(Field a, DossierData d) {
        return (LocalDate) a.of(d);
    }

    private static String names(Collection<DossierStatus> statuses) {
        return Arrays.stream(DossierStatus.values()).filter(statuses::contains).map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return Objects.toString(sql);
    }
}
