package vn.hcc.dashboard.queue;

import java.util.List;

/**
 * A counter as lists show it: the counter and the names of the fields it serves, sorted, resolved by
 * {@link CounterService} (views name nothing themselves).
 */
public record CounterRow(ServiceCounter counter, List<String> fieldNames) {
}
