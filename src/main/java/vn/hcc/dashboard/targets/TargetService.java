package vn.hcc.dashboard.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.Period;

/** Targets: the director and the administrator set them; the dashboard's readers (also leadership) read them. */
@Service
@Transactional
@Requires(Permission.TARGET_VIEW)
public class TargetService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TargetRepository targets;
    private final AuditService audit;
    private final UnitService units;

    TargetService(TargetRepository targets, UnitService units, AuditService audit) {
        this.audit = audit;
        this.targets = targets;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Page<Target> search(Pageable pageable) {
        return targets.findAll(pageable);
    }

    /** {@link #search} with each target's unit named. */
    @Transactional(readOnly = true)
    public Page<TargetRow> searchRows(Pageable pageable) {
        Page<Target> page = search(pageable);
        Map<Long, String> names = units.namesOf(page.getContent().stream().map(Target::getUnitId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.map(t -> new TargetRow(t, t.getUnitId() == null ? null : names.getOrDefault(t.getUnitId(), "")));
    }

    @Transactional(readOnly = true)
    public long count() {
        return targets.count();
    }

    /** The targets that may apply to a period, loaded once for every KPI and unit of a dashboard. */
    @Transactional(readOnly = true)
    public ApplicableTargets covering(Period period) {
        return new ApplicableTargets(period, targets.overlapping(period.from(), period.to()));
    }

    /**
     * The targets of each given part of a period (a dashboard's months), from one query: the candidates are every
     * target meeting the period, {@link TargetRule} picks per part among those covering it.
     */
    @Transactional(readOnly = true)
    public List<ApplicableTargets> coveringEach(Period period, List<Period> parts) {
        List<Target> candidates = targets.overlapping(period.from(), period.to());
        return parts.stream().map(p -> new ApplicableTargets(p, candidates)).toList();
    }

    /** The target of {@code kpi} for a unit ({@code null}: all units) in a period, by {@link TargetRule}. */
    @Transactional(readOnly = true)
    public Optional<Target> applicable(Kpi kpi, Long unitId, Period period) {
        return TargetRule.applicable(targets.overlapping(period.from(), period.to()), kpi, unitId, period);
    }

    @Requires(Permission.TARGET_EDIT)
    public Target save(TargetDraft d) {
        Validate.present("kpi", d.kpi());
        LocalDate from = Validate.present("from", d.from());
        LocalDate to = Validate.present("to", d.to());
        if (to.isBefore(from)) {
            throw new FieldValidationException("to", "target.error.ends-before-start");
        }
        BigDecimal value = Validate.present("value", d.value());
        if (value.signum() <= 0 || value.compareTo(HUNDRED) > 0) {
            throw new FieldValidationException("value", "target.error.value-range");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new FieldValidationException("value", "target.error.value-decimals");
        }
        if (d.unitId() != null && units.listAll().stream().map(Unit::getId).noneMatch(d.unitId()::equals)) {
            throw new FieldValidationException("unit", "validation.required");
        }
        long key = d.id() == null ? -1 : d.id();
        if (targets.duplicate(d.kpi(), d.unitId(), from, to, key)) {
            throw new FieldValidationException("kpi", "target.error.duplicate");
        }
        if (d.id() == null) {
            Target created = targets.save(new Target(d));
            audit.record(AuditEvent.created(AuditedType.TARGET, created.getId(), label(created), audited(created)));
            return created;
        }
        Target target = targets.findById(key).orElseThrow(() -> new ConcurrentEditException("target", key));
        ConcurrentEditException.check("target", key, d.version(), target.getVersion());
        Map<String, Object> before = audited(target);
        target.apply(d);
        Target saved = targets.saveAndFlush(target);
        audit.record(AuditEvent.updated(AuditedType.TARGET, key, label(saved), before, audited(saved)));
        return saved;
    }

    /** Removes the target, its last state kept in the trail; an id already gone is no change. */
    @Requires(Permission.TARGET_EDIT)
    public void delete(long id) {
        targets.findById(id).ifPresent(t -> {
            audit.record(AuditEvent.deleted(AuditedType.TARGET, id, label(t), audited(t)));
            targets.delete(t);
        });
    }

    private static String label(Target t) {
        return t.getKpi().name() + " · " + t.getValidFrom() + " – " + t.getValidTo();
    }

    private static Map<String, Object> audited(Target t) {
        return AuditEvent.snapshot("kpi", t.getKpi(), "unitId", t.getUnitId(), "from", t.getValidFrom(), "to",
                t.getValidTo(), "value", t.getValue());
    }

    /** The targets covering one period; {@link #of} applies {@link TargetRule} without another query. */
    public record ApplicableTargets(Period period, List<Target> candidates) {

        public Optional<BigDecimal> of(Kpi kpi, Long unitId) {
            return TargetRule.applicable(candidates, kpi, unitId, period).map(Target::getValue);
        }
    }
}
