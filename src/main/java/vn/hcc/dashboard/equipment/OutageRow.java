package vn.hcc.dashboard.equipment;

import java.util.List;

/**
 * An outage as the log lists it: the outage and the sorted names of its counters ("#id" for a counter no longer
 * known), resolved by {@link OutageService}; no counter means the whole Center.
 */
public record OutageRow(Outage outage, List<String> counterNames) {
}
