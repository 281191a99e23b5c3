package vn.hcc.dashboard.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import vn.hcc.dashboard.base.ui.EditDialog;

/** Shared steps of the catalogue view tests: find by id, type, pick, press the row's buttons. */
final class CatalogUi {

    private CatalogUi() {
    }

    static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    /**
     * Sets a value as a user would, refusing disabled, hidden or read-only fields. Karibu 2.6.2's {@code _setValue}
     * reflects on a Vaadin 24 internal that Vaadin 25 no longer has, hence this stand-in.
     */
    static <V> void set(HasValue<?, V> field, V value) {
        BasicUtilsKt.checkEditableByUser((Component) field);
        field.setValue(value);
    }

    static void type(String id, String value) {
        set(byId(TextField.class, id), value);
    }

    static void search(String text) {
        type("search", text);
    }

    /** Picks the box's item whose label is {@code label}, as a user choosing from the drop-down. */
    @SuppressWarnings("unchecked")
    static <T> void pick(String id, String label) {
        ComboBox<T> box = byId(ComboBox.class, id);
        T item = box.getListDataView().getItems().filter(i -> box.getItemLabelGenerator().apply(i).equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + label + " in " + id));
        set(box, item);
    }

    static void save() {
        _click(byId(Button.class, "save"));
    }

    static void add() {
        _click(byId(Button.class, "add"));
    }

    /** Presses the row's button with this aria-label ("Sửa", "Xóa"). */
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

    static boolean dialogOpen() {
        return !com.github.mvysny.kaributesting.v10.LocatorJ._find(EditDialog.class).isEmpty()
                && _get(EditDialog.class).isOpened();
    }
}
