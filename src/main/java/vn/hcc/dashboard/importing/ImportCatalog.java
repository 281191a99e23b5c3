package vn.hcc.dashboard.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.hcc.dashboard.catalog.Procedure;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.WorkField;
import vn.hcc.dashboard.catalog.WorkingDayCalendar;

/**
 * The catalogue as an import needs it, read once per import: fields and units by normalized name, procedures by
 * code and by normalized name, and one calendar snapshot for the intake days. Names that two entries share after
 * normalization are ambiguous and refused rather than guessed.
 */
final class ImportCatalog {

    /** What a row needs of its procedure. */
    record ProcedureRef(long id, boolean afternoonCutoff) {
    }

    private final Index<Long> fields;
    private final Index<Long> units;
    private final Map<String, ProcedureRef> proceduresByCode = new HashMap<>();
    private final Index<ProcedureRef> proceduresByName;
    private final WorkingDayCalendar.Snapshot calendar;
    private final LocalDateTime now;

    /** {@code now}: the import's moment on the application clock; no row may be received after it. */
    ImportCatalog(List<WorkField> fields, List<Unit> units, List<Procedure> procedures,
            WorkingDayCalendar.Snapshot calendar, LocalDateTime now) {
        this.fields = new Index<>(fields, WorkField::getName, WorkField::getId);
        this.units = new Index<>(units, Unit::getName, Unit::getId);
        this.proceduresByName = new Index<>(procedures, Procedure::getName, ImportCatalog::ref);
        procedures.forEach(p -> proceduresByCode.put(p.getCode().toUpperCase(Locale.ROOT), ref(p)));
        this.calendar = calendar;
        this.now = now;
    }

    LocalDateTime now() {
        return now;
    }

    private static ProcedureRef ref(Procedure p) {
        return new ProcedureRef(p.getId(), p.isAfternoonCutoff());
    }

    long field(String name) throws ImportValues.Invalid {
        return fields.find(name, "import.error.unknown-field");
    }

    long unit(String name) throws ImportValues.Invalid {
        return units.find(name, "import.error.unknown-unit");
    }

    ProcedureRef procedureByCode(String code) throws ImportValues.Invalid {
        ProcedureRef ref = proceduresByCode.get(code.toUpperCase(Locale.ROOT));
        if (ref == null) {
            throw new ImportValues.Invalid("import.error.unknown-procedure-code", code);
        }
        return ref;
    }

    ProcedureRef procedureByName(String name) throws ImportValues.Invalid {
        return proceduresByName.find(name, "import.error.unknown-procedure");
    }

    /** The day intake counts from, with the 15:00 cut-off for the procedures that have it. */
    LocalDate intakeDay(LocalDateTime receivedAt, ProcedureRef procedure) {
        return calendar.effectiveIntakeDay(receivedAt, procedure.afternoonCutoff());
    }

    /** Entries by normalized name; a name two entries share maps to none of them. */
    private static final class Index<T> {
        private final Map<String, T> byName = new HashMap<>();
        private final Set<String> ambiguous = new HashSet<>();

        <E> Index(List<E> entries, Function<E, String> name, Function<E, T> value) {
            for (E e : entries) {
                String key = ImportHeaders.normalize(name.apply(e));
                if (byName.putIfAbsent(key, value.apply(e)) != null) {
                    ambiguous.add(key);
                }
            }
        }

        T find(String name, String unknownKey) throws ImportValues.Invalid {
            String key = ImportHeaders.normalize(name);
            if (ambiguous.contains(key)) {
                throw new ImportValues.Invalid("import.error.ambiguous-name", name);
            }
            T value = byName.get(key);
            if (value == null) {
                throw new ImportValues.Invalid(unknownKey, name);
            }
            return value;
        }
    }
}
