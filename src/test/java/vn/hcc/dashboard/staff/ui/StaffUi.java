package vn.hcc.dashboard.staff.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.IntStream;

/** Small helpers for the staff views' karibu tests. */
final class StaffUi {

    private StaffUi() {
    }

    static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    static void click(String id) {
        _click(byId(Button.class, id));
    }

    static String text(String id) {
        return ((HasText) byId(Component.class, id)).getText();
    }

    static String errorOf(String id) {
        HasValidation field = (HasValidation) byId(Component.class, id);
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    @SuppressWarnings("unchecked")
    static <T> void pick(String id, String label) {
        ComboBox<T> box = byId(ComboBox.class, id);
        T item = box.getListDataView().getItems().filter(i -> box.getItemLabelGenerator().apply(i).equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no item " + label + " in " + id));
        box.setValue(item);
    }

    static List<String> column(Grid<?> grid, String key) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(r -> GridKt._getFormatted(grid, r, key)).toList();
    }

    /** The text of a component cell: the person's name, "Nghỉ", or empty. */
    static String cell(Grid<?> grid, int row, String key) {
        Component c = GridKt._getCellComponent(grid, row, key);
        if (c instanceof Span s) {
            return s.getText();
        }
        return c.getChildren().filter(Span.class::isInstance).map(s -> ((Span) s).getText()).findFirst().orElse("");
    }

    static List<Button> buttonsIn(Grid<?> grid, int row, String key) {
        return GridKt._getCellComponent(grid, row, key).getChildren().filter(Button.class::isInstance)
                .map(Button.class::cast).toList();
    }
}
