package vn.hcc.dashboard.intake.ui;

import com.vaadin.flow.component.select.Select;

/**
 * An optional yes/no record of a dossier (stored in the data warehouse, reused digitized data): Có, Không, or empty
 * for "not recorded", which the digitization form must tell from "no" (an empty cell, never a made-up 0).
 */
class RecordedSelect extends Select<Boolean> {

    RecordedSelect(String labelKey, String id, Boolean value) {
        setLabel(getTranslation(labelKey));
        setId(id);
        setItems(Boolean.TRUE, Boolean.FALSE);
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(getTranslation("dossier.not-recorded"));
        setItemLabelGenerator(b -> b == null ? getTranslation("dossier.not-recorded")
                : getTranslation(b ? "common.yes" : "common.no"));
        setValue(value);
    }
}
