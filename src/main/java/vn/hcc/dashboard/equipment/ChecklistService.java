package vn.hcc.dashboard.equipment;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.Validate;
import vn.hcc.dashboard.queue.CounterService;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * The minimum equipment of a one-stop shop (Decree 61/2018 Art. 13, as the Ba Vì 2024 report checks it): per type, the Center's
 * required quantity ({@code fixed + per counter × active counters}) against the quantity in use, summed by one
 * aggregate query. Broken, under-repair and retired items do not count.
 */
@Service
@Transactional
@Requires(Permission.EQUIPMENT_VIEW)
public class ChecklistService {

    private final EquipmentRequirementRepository requirements;
    private final EquipmentItemRepository items;
    private final CounterService counters;
    private final Broadcaster broadcaster;

    ChecklistService(EquipmentRequirementRepository requirements, EquipmentItemRepository items,
            CounterService counters, Broadcaster broadcaster) {
        this.requirements = requirements;
        this.items = items;
        this.counters = counters;
        this.broadcaster = broadcaster;
    }

    /** One line per checklist type in the order of {@link EquipmentType}; also the rows of the Excel export. */
    @Transactional(readOnly = true)
    public List<ChecklistLine> checklist() {
        int active = counters.listActive().size();
        Map<EquipmentType, Long> present = new EnumMap<>(EquipmentType.class);
        for (Object[] row : items.quantityByType(EquipmentStatus.IN_USE)) {
            present.put((EquipmentType) row[0], ((Number) row[1]).longValue());
        }
        Map<EquipmentType, EquipmentRequirement> rules = new EnumMap<>(EquipmentType.class);
        requirements.findAll().forEach(r -> rules.put(r.getType(), r));
        return Arrays.stream(EquipmentType.values()).filter(EquipmentType::inChecklist).map(t -> {
            EquipmentRequirement r = rules.getOrDefault(t, new EquipmentRequirement(t));
            return new ChecklistLine(t, r.getPerCounter(), r.getFixedCount(), active, r.required(active),
                    present.getOrDefault(t, 0L), r.getVersion());
        }).toList();
    }

    /** True when every line is met. */
    @Transactional(readOnly = true)
    public boolean allMet() {
        return checklist().stream().allMatch(ChecklistLine::met);
    }

    /** Changes the Center's rule for one type; refused when someone changed it since {@code version}. */
    @Requires(Permission.EQUIPMENT_EDIT)
    public EquipmentRequirement saveRequirement(EquipmentType type, long version, Integer perCounter,
            Integer fixedCount) {
        Validate.present("type", type);
        int per = (int) Validate.range("perCounter", Validate.present("perCounter", perCounter), 0, 100);
        int fixed = (int) Validate.range("fixedCount", Validate.present("fixedCount", fixedCount), 0, 10_000);
        EquipmentRequirement r = requirements.findById(type).orElse(null);
        if (r == null) {
            r = new EquipmentRequirement(type);
        } else {
            ConcurrentEditException.check("requirement", type, version, r.getVersion());
        }
        r.change(per, fixed);
        EquipmentRequirement saved = requirements.saveAndFlush(r);
        broadcaster.publishAfterCommit(EquipmentService.TOPIC, null);
        return saved;
    }
}
