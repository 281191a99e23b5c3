package vn.hcc.dashboard.architecture.ui;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

/** What ArchitectureTest's rule on name maps refuses and lets through, in a package the rule watches. */
final class NameMapFixtures {

    private NameMapFixtures() {
    }

    /** A view that names rows from a map it built: each form of the mistake. */
    @SuppressWarnings("unused")
    static final class ViewBuildingNameMaps {
        record Unit(long id, String name) {
        }

        Object[] names(List<Unit> all) {
            Map<Long, String> plain = all.stream().collect(Collectors.toMap(Unit::id, Unit::name));
            Map<Long, String> merged = all.stream().collect(Collectors.toMap(Unit::id, Unit::name, (a, b) -> a));
            Map<Long, String> unmodifiable = all.stream().collect(Collectors.toUnmodifiableMap(Unit::id, Unit::name));
            ConcurrentMap<Long, String> concurrent = all.stream()
                    .collect(Collectors.toConcurrentMap(Unit::id, u -> u.name()));
            return new Object[] {plain, merged, unmodifiable, concurrent};
        }
    }

    /** A view that renders the names its service's rows carry. */
    @SuppressWarnings("unused")
    static final class ViewRenderingRows {
        record Row(long id, String name, List<String> fieldNames) {
        }

        String label(Row row) {
            return row.name() + " – " + row.fieldNames().stream().collect(Collectors.joining(", "));
        }
    }
}
