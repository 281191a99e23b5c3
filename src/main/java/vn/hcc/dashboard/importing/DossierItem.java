package vn.hcc.dashboard.importing;

import java.util.Map;

/** A stored dossier as the dossier API returns it: its fields as an item, and its unit for the caller's scope. */
public record DossierItem(Long unitId, Map<String, Object> fields) {
}
