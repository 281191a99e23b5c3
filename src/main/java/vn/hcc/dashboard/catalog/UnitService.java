package vn.hcc.dashboard.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.NamesById;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/** Units and their parent units; every signed-in user reads them, the administrator changes them. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class UnitService {

    private final UnitRepository units;
    private final AuditService audit;
    private final ProcedureRepository procedures;

    UnitService(UnitRepository units, ProcedureRepository procedures, AuditService audit) {
        this.audit = audit;
        this.units = units;
        this.procedures = procedures;
    }

    @Transactional(readOnly = true)
    public Page<Unit> search(String filter, UnitKind kind, Pageable pageable) {
        return units.search(normalize(filter), kind, pageable);
    }

    @Transactional(readOnly = true)
    public List<Unit> listAll() {
        return units.findAllByOrderByName();
    }

    /**
     * Every unit's name by id, in the catalogue's order (by name): other features resolve the unit ids of their
     * records with one call instead of building their own map from {@link #listAll()}.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> namesById() {
        return names(false);
    }

    /** The active units' names by id, in the catalogue's order: every unit a report lists when none is picked. */
    @Transactional(readOnly = true)
    public Map<Long, String> activeNamesById() {
        return names(true);
    }

    /** The same for anyone, signed in or not: the public petition form offers these as the locality. */
    @Transactional(readOnly = true)
    @PreAuthorize("permitAll()")
    public Map<Long, String> publicNamesById() {
        return names(true);
    }

    private Map<Long, String> names(boolean activeOnly) {
        Map<Long, String> names = new LinkedHashMap<>();
        units.findAllByOrderByName().stream().filter(u -> !activeOnly || u.isActive())
                .forEach(u -> names.put(u.getId(), u.getName()));
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<Unit> find(long id) {
        return units.findById(id);
    }

    /** The Center itself (the unit of kind CENTER; the first by name if there were several), if recorded yet. */
    @Transactional(readOnly = true)
    public Optional<Unit> center() {
        return units.findFirstByKindOrderByName(UnitKind.CENTER);
    }

    /** The name of one unit, for a label or a dialog; empty for an unknown id or null. */
    @Transactional(readOnly = true)
    public Optional<String> nameOf(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(namesOf(List.of(id)).get(id));
    }

    /**
     * Id → name of the units among {@code ids} that exist, in one query: what a feature's row query uses to name the
     * units its rows refer to by id.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return NamesById.of(ids, units::names);
    }

    @Requires(Permission.CATALOG_EDIT)
    public Unit save(UnitDraft d) {
        long id = d.id() == null ? -1 : d.id();
        String code = Validate.text("code", d.code(), 32);
        String name = Validate.text("name", d.name(), 200);
        UnitKind kind = Validate.present("kind", d.kind());
        if (units.existsByCodeIgnoreCaseAndIdNot(code, id)) {
            throw new FieldValidationException("code", "validation.duplicate-code", code);
        }
        if (units.existsByNameIgnoreCaseAndIdNot(name, id)) {
            throw new FieldValidationException("name", "validation.duplicate-name", name);
        }
        Unit parent = d.parentId() == null ? null : units.findById(d.parentId())
                .orElseThrow(() -> new FieldValidationException("parent", "validation.required"));
        for (Unit p = parent; p != null; p = p.getParent()) {
            if (p.getId() == id) {
                throw new FieldValidationException("parent", "unit.error.parent-cycle");
            }
        }
        if (d.id() == null) {
            Unit created = units.save(new Unit(code, name, kind, parent, d.active()));
            audit.record(AuditEvent.created(AuditedType.UNIT, created.getId(), created.getName(), audited(created)));
            return created;
        }
        Unit unit = units.findById(id).orElseThrow(() -> new ConcurrentEditException("unit", id));
        ConcurrentEditException.check("unit", id, d.version(), unit.getVersion());
        Map<String, Object> before = audited(unit);
        unit.update(code, name, kind, parent, d.active());
        Unit saved = units.saveAndFlush(unit);
        audit.record(AuditEvent.updated(AuditedType.UNIT, id, saved.getName(), before, audited(saved)));
        return saved;
    }

    /**
     * Only a unit nothing refers to can be deleted; others are deactivated to keep history intact. Features built
     * on the catalogue (dossiers, staff) refer to units too and the catalogue cannot ask them, so the database's
     * foreign keys have the last word: the flush inside this method turns their refusal into the same message.
     */
    @Requires(Permission.CATALOG_EDIT)
    public void delete(long id) {
        if (units.countChildren(id) > 0 || procedures.countByUnitId(id) > 0) {
            throw new FieldValidationException("delete", "unit.error.in-use");
        }
        try {
            units.findById(id).ifPresent(u -> {
                audit.record(AuditEvent.deleted(AuditedType.UNIT, id, u.getName(), audited(u)));
                units.delete(u);
            });
            units.flush();
        } catch (DataIntegrityViolationException referenced) {
            throw new FieldValidationException("delete", "unit.error.in-use");
        }
    }

    static String normalize(String filter) {
        return filter == null ? "" : filter.trim().toLowerCase();
    }

    private static Map<String, Object> audited(Unit u) {
        return AuditEvent.snapshot("code", u.getCode(), "name", u.getName(), "kind", u.getKind(), "parentId",
                u.getParent() == null ? null : u.getParent().getId(), "active", u.isActive());
    }
}
