package vn.hcc.dashboard.api;

import java.util.List;

/** A key as the administrator's list shows it, with the names of the units it is limited to (empty: every unit). */
public record ApiKeyRow(ApiKey key, List<String> unitNames) {
}
