package vn.hcc.dashboard.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.audit.AuditEvent;
import vn.hcc.dashboard.audit.AuditService;
import vn.hcc.dashboard.audit.AuditedType;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/** The procedure catalogue (TTHC); every signed-in user reads it, the administrator changes it. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProcedureService {

    /** The longest legal processing time we accept; no TTHC is set above a year of working days. */
    public static final int MAX_PROCESSING_DAYS = 250;

    private final ProcedureRepository procedures;
    private final WorkFieldRepository fields;
    private final UnitRepository units;
    private final AuditService audit;

    ProcedureService(ProcedureRepository procedures, WorkFieldRepository fields, UnitRepository units, AuditService audit) {
        this.audit = audit;
        this.procedures = procedures;
        this.fields = fields;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public Page<Procedure> search(String filter, Long fieldId, Long unitId, Pageable pageable) {
        return procedures.search(UnitService.normalize(filter), fieldId, unitId, pageable);
    }

    /** Every procedure's name by id, for features resolving their records' procedure ids in one call. */
    @Transactional(readOnly = true)
    public Map<Long, String> namesById() {
        Map<Long, String> names = new LinkedHashMap<>();
        search("", null, null, Pageable.unpaged()).forEach(p -> names.put(p.getId(), p.getName()));
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<Procedure> findByCode(String code) {
        return procedures.findByCodeIgnoreCase(code == null ? "" : code.trim());
    }

    @Transactional(readOnly = true)
    public Optional<Procedure> findById(Long id) {
        return id == null ? Optional.empty() : procedures.findWithCatalogById(id);
    }

    @Transactional(readOnly = true)
    public long count() {
        return procedures.count();
    }

    @Requires(Permission.CATALOG_EDIT)
    public Procedure save(ProcedureDraft d) {
        long id = d.id() == null ? -1 : d.id();
        String code = Validate.text("code", d.code(), 64);
        Validate.text("name", d.name(), 500);
        WorkField field = fields.findById(Validate.present("field", d.fieldId()))
                .orElseThrow(() -> new FieldValidationException("field", "validation.required"));
        Unit unit = units.findById(Validate.present("unit", d.unitId()))
                .orElseThrow(() -> new FieldValidationException("unit", "validation.required"));
        Validate.present("onlineLevel", d.onlineLevel());
        Validate.range("processingDays", d.processingDays(), 0, MAX_PROCESSING_DAYS);
        Validate.range("fee", d.fee(), 0, 1_000_000_000_000L);
        if (procedures.existsByCodeIgnoreCaseAndIdNot(code, id)) {
            throw new FieldValidationException("code", "validation.duplicate-code", code);
        }
        if (d.id() == null) {
            Procedure created = procedures.save(new Procedure(d, field, unit));
            audit.record(AuditEvent.created(AuditedType.PROCEDURE, created.getId(), created.getCode(),
                    audited(created)));
            return created;
        }
        Procedure p = procedures.findById(id).orElseThrow(() -> new ConcurrentEditException("procedure", id));
        ConcurrentEditException.check("procedure", id, d.version(), p.getVersion());
        Map<String, Object> before = audited(p);
        p.update(d, field, unit);
        Procedure saved = procedures.saveAndFlush(p);
        audit.record(AuditEvent.updated(AuditedType.PROCEDURE, id, saved.getCode(), before, audited(saved)));
        return saved;
    }

    private static Map<String, Object> audited(Procedure p) {
        return AuditEvent.snapshot("code", p.getCode(), "name", p.getName(), "fieldId", p.getField().getId(),
                "unitId", p.getUnit().getId(), "onlineLevel", p.getOnlineLevel(), "processingDays",
                p.getProcessingDays(), "fee", p.getFee(), "afternoonCutoff", p.isAfternoonCutoff(), "active",
                p.isActive());
    }
}
