package vn.hcc.dashboard.equipment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import vn.hcc.dashboard.base.ui.VnDatePicker;
import vn.hcc.dashboard.equipment.EquipmentStatus;
import vn.hcc.dashboard.equipment.EquipmentType;
import vn.hcc.dashboard.equipment.OutageKind;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;

/** The translated names the equipment views share, and who may change equipment. */
final class EquipmentLabels {

    private EquipmentLabels() {
    }

    static String type(Component owner, EquipmentType type) {
        return type == null ? "" : owner.getTranslation("equipment.type." + type.name());
    }

    static String status(Component owner, EquipmentStatus status) {
        return status == null ? "" : owner.getTranslation("equipment.status." + status.name());
    }

    static String kind(Component owner, OutageKind kind) {
        return kind == null ? "" : owner.getTranslation("outage.kind." + kind.name());
    }

    /** A coloured badge: green in use, red broken, orange under repair, grey retired. */
    static Span statusBadge(Component owner, EquipmentStatus status) {
        Span badge = new Span(status(owner, status));
        badge.getElement().getThemeList().add("badge");
        switch (status) {
            case IN_USE -> badge.getElement().getThemeList().add("success");
            case BROKEN -> badge.getElement().getThemeList().add("error");
            case UNDER_REPAIR -> badge.getElement().getThemeList().add("warning");
            case RETIRED -> badge.getElement().getThemeList().add("contrast");
        }
        return badge;
    }

    /** Leadership reads; the director and the administrator change (the services check it again). */
    static boolean canEdit(CurrentUser user) {
        return user.may(Permission.EQUIPMENT_EDIT);
    }

    /** A date-time picker whose date part reads and writes dd/MM/yyyy like every other date of the app. */
    static DateTimePicker dateTime(String label, String id) {
        DateTimePicker picker = new DateTimePicker(label);
        picker.setDatePickerI18n(new VnDatePicker(null).getI18n());
        picker.setId(id);
        return picker;
    }
}
