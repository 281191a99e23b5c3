package vn.hcc.dashboard.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.ProcedureService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.intake.Dossier;
import vn.hcc.dashboard.intake.DossierService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * Stored dossiers in the dossier API's item form ({@link ImportItems}): what {@link DossierImportService#importItems}
 * reads, written back, so a client reads the same fields and vocabulary it sends.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.DOSSIER_VIEW)
public class DossierItems {

    private final DossierService dossiers;
    private final ProcedureService procedures;
    private final FieldService fields;
    private final UnitService units;

    DossierItems(DossierService dossiers, ProcedureService procedures, FieldService fields, UnitService units) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.fields = fields;
        this.units = units;
    }

    /** The dossier with this code as an item, with its unit's id. */
    public Optional<DossierItem> find(String code) {
        return dossiers.findByCode(code).map(Dossier::data).map(d -> {
            Optional<Procedure> procedure = d.procedureId() == null ? Optional.empty()
                    : procedures.findById(d.procedureId());
            return new DossierItem(d.unitId(), ImportItems.item(d, procedure.map(Procedure::getCode).orElse(null),
                    procedure.map(Procedure::getName).orElse(null), fields.nameOf(d.fieldId()).orElse(null),
                    units.nameOf(d.unitId()).orElse(null)));
        });
    }

    /** The API names of an item's fields, in the template's column order. */
    public static List<String> fieldNames() {
        return Arrays.stream(ImportColumn.values()).map(ImportColumn::field).toList();
    }
}
