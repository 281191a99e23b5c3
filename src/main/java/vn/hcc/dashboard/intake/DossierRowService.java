package vn.hcc.dashboard.intake;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.catalog.FieldService;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * Dossiers with the names of their field and unit, for lists and dialogs: one page of {@link DossierService#search}
 * plus one name lookup per kind for the ids on that page, asked of the catalogue's services (intake never reads the
 * catalogue's tables), so a grid over a million dossiers holds one page and its names.
 */
@Service
@Transactional(readOnly = true)
@Requires(Permission.DOSSIER_VIEW)
public class DossierRowService {

    /** Entities per page of {@link #forEachMatching}. */
    private static final int PAGE = 1000;

    private final DossierService dossiers;
    private final DossierRepository repository;
    private final UnitService units;
    private final FieldService fields;
    private final jakarta.persistence.EntityManager entities;

    DossierRowService(DossierService dossiers, DossierRepository repository, UnitService units, FieldService fields,
            jakarta.persistence.EntityManager entities) {
        this.dossiers = dossiers;
        this.repository = repository;
        this.entities = entities;
        this.units = units;
        this.fields = fields;
    }

    /** One page of the query's dossiers, in the pageable's order, each with its field's and unit's names. */
    public List<DossierRow> search(DossierQuery query, Pageable pageable) {
        return named(dossiers.search(query, pageable).getContent());
    }

    /** One page of the dossiers meeting {@code condition} (a figure's drill-down), named as {@link #search}. */
    public List<DossierRow> matching(DossierCondition condition, Pageable pageable) {
        return named(repository.findAll(condition.specification(), pageable).getContent());
    }

    public long count(DossierCondition condition) {
        return repository.count(condition.specification());
    }

    /**
     * Every dossier meeting {@code condition}, in id order, named, handed to {@code sink} one at a time: keyset pages
     * (no deep OFFSET), so an export of any size holds one page.
     */
    public void forEachMatching(DossierCondition condition, java.util.function.Consumer<DossierRow> sink) {
        long after = 0;
        while (true) {
            long last = after;
            List<Dossier> page = repository.findBy(condition.specification()
                    .and((root, q, cb) -> cb.greaterThan(root.get("id"), last)),
                    f -> f.sortBy(org.springframework.data.domain.Sort.by("id")).limit(PAGE).all());
            named(page).forEach(sink);
            page.forEach(entities::detach); // only the page just read
            if (page.size() < PAGE) {
                return;
            }
            after = page.getLast().getId();
        }
    }

    private List<DossierRow> named(List<Dossier> page) {
        Map<Long, String> unitNames = units.namesOf(page.stream().map(d -> d.data().unitId())
                .collect(Collectors.toSet()));
        Map<Long, String> fieldNames = fields.namesOf(page.stream().map(d -> d.data().fieldId())
                .collect(Collectors.toSet()));
        return page.stream().map(d -> new DossierRow(d, fieldNames.getOrDefault(d.data().fieldId(), ""),
                unitNames.getOrDefault(d.data().unitId(), ""))).toList();
    }

    /** One dossier with its names (the details of a dossier opened by its code). */
    public DossierRow named(Dossier dossier) {
        DossierData d = dossier.data();
        return new DossierRow(dossier, fieldName(d), unitName(d));
    }

    /** The name of the field a dossier (or a proposed one) belongs to; empty when the field is unknown. */
    public String fieldName(DossierData d) {
        return fields.nameOf(d.fieldId()).orElse("");
    }

    /** The name of the unit a dossier (or a proposed one) belongs to; empty when the unit is unknown. */
    public String unitName(DossierData d) {
        return units.nameOf(d.unitId()).orElse("");
    }
}
