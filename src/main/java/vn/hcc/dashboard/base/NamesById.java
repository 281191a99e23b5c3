package vn.hcc.dashboard.base;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one way a feature names the records other features refer to by id: the distinct, non-null ids of a page go to
 * one query returning {@code (id, name)} rows; unknown ids are simply absent from the answer.
 */
public final class NamesById {

    private NamesById() {
    }

    /** Id → name for those of {@code ids} that {@code query} (given the distinct non-null ids) finds. */
    public static Map<Long, String> of(Collection<Long> ids, Function<Set<Long>, List<Object[]>> query) {
        Map<Long, String> names = new HashMap<>();
        Set<Long> wanted = new HashSet<>(ids);
        wanted.remove(null);
        if (!wanted.isEmpty()) {
            query.apply(wanted).forEach(r -> names.put((Long) r[0], (String) r[1]));
        }
        return names;
    }
}
