package vn.hcc.dashboard.equipment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import vn.hcc.dashboard.base.ui.EditDialog;

/** Small karibu helpers the equipment view tests share. */
final class EquipmentUi {

    private EquipmentUi() {
    }

    static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    static void click(String id) {
        _click(byId(Button.class, id));
    }

    /** Presses the row's button with this aria-label in the "actions" column. */
    static void rowButton(Grid<?> grid, int row, String ariaLabel) {
        Component cell = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(cell, Button.class, spec -> spec.withAttribute("aria-label", ariaLabel)));
    }

    static List<String> column(Grid<?> grid, String key) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(r -> GridKt._getFormatted(grid, r, key)).toList();
    }

    static String errorOf(String id) {
        HasValidation field = (HasValidation) byId(Component.class, id);
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    static boolean editDialogOpen() {
        return !_find(EditDialog.class).isEmpty();
    }
}
