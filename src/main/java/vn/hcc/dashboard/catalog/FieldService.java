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

/** Fields (lĩnh vực); every signed-in user reads them, the administrator changes them. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class FieldService {

    private final WorkFieldRepository fields;
    private final AuditService audit;
    private final ProcedureRepository procedures;

    FieldService(WorkFieldRepository fields, ProcedureRepository procedures, AuditService audit) {
        this.audit = audit;
        this.fields = fields;
        this.procedures = procedures;
    }

    @Transactional(readOnly = true)
    public Page<WorkField> search(String filter, Pageable pageable) {
        return fields.search(UnitService.normalize(filter), pageable);
    }

    @Transactional(readOnly = true)
    public List<WorkField> listAll() {
        return fields.findAllByOrderByName();
    }

    /** Every field's name by id, in the catalogue's order (by name), for features resolving their records' ids. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesById() {
        Map<Long, String> names = new LinkedHashMap<>();
        fields.findAllByOrderByName().forEach(f -> names.put(f.getId(), f.getName()));
        return names;
    }

    /** The name of one field, for a label or a dialog; empty for an unknown id or null. */
    @Transactional(readOnly = true)
    public Optional<String> nameOf(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(namesOf(List.of(id)).get(id));
    }

    /**
     * Id → name of the fields among {@code ids} that exist, in one query: what a feature's row query uses to name the
     * fields its rows refer to by id.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> namesOf(Collection<Long> ids) {
        return NamesById.of(ids, fields::names);
    }

    /** Field codes and names are public: the ticket kiosk shows them to citizens who have not signed in. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<WorkField> listPublic() {
        return fields.findAllByOrderByName();
    }

    /** Creates ({@code id == null}) or renames a field; refused when another user saved it since {@code version}. */
    @Requires(Permission.CATALOG_EDIT)
    public WorkField save(Long id, long version, String code, String name) {
        long key = id == null ? -1 : id;
        String c = Validate.text("code", code, 32);
        String n = Validate.text("name", name, 200);
        if (fields.existsByCodeIgnoreCaseAndIdNot(c, key)) {
            throw new FieldValidationException("code", "validation.duplicate-code", c);
        }
        if (fields.existsByNameIgnoreCaseAndIdNot(n, key)) {
            throw new FieldValidationException("name", "validation.duplicate-name", n);
        }
        if (id == null) {
            WorkField created = fields.save(new WorkField(c, n));
            audit.record(AuditEvent.created(AuditedType.FIELD, created.getId(), n, audited(created)));
            return created;
        }
        WorkField field = fields.findById(key).orElseThrow(() -> new ConcurrentEditException("field", key));
        ConcurrentEditException.check("field", key, version, field.getVersion());
        Map<String, Object> before = audited(field);
        field.update(c, n);
        WorkField saved = fields.saveAndFlush(field);
        audit.record(AuditEvent.updated(AuditedType.FIELD, key, n, before, audited(saved)));
        return saved;
    }

    /** Refused while procedures, or records of other features (dossiers), refer to the field; see UnitService. */
    @Requires(Permission.CATALOG_EDIT)
    public void delete(long id) {
        if (procedures.countByFieldId(id) > 0) {
            throw new FieldValidationException("delete", "field.error.in-use");
        }
        try {
            fields.findById(id).ifPresent(f -> {
                audit.record(AuditEvent.deleted(AuditedType.FIELD, id, f.getName(), audited(f)));
                fields.delete(f);
            });
            fields.flush();
        } catch (DataIntegrityViolationException referenced) {
            throw new FieldValidationException("delete", "field.error.in-use");
        }
    }

    private static Map<String, Object> audited(WorkField f) {
        return AuditEvent.snapshot("code", f.getCode(), "name", f.getName());
    }
}
