package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** The row above a grid: filters on the left, the primary action on the right; wraps on a tablet. */
public class ViewHeader extends HorizontalLayout {

    public ViewHeader(Component... filters) {
        addClassName("view-header");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("flex-wrap", "wrap");
        add(filters);
    }

    /** A search box that reacts while the user types. */
    public static TextField searchField(String placeholder, Consumer<String> onChange) {
        TextField search = new TextField();
        search.setPlaceholder(placeholder);
        // the hint must be read whole ("Tìm theo tên đăng nhập hoặc họ tên"): the default width cuts it
        search.setMinWidth(String.format(java.util.Locale.ROOT, "%.1fem",
                Math.max(12, placeholder.length() * 0.55 + 4)));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> onChange.accept(e.getValue()));
        search.setId("search");
        return search;
    }

    /** Adds the primary action, pushed to the right. */
    public Button addPrimary(String text, Runnable action) {
        Button button = new Button(text, VaadinIcon.PLUS.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setId("add");
        add(button);
        button.getStyle().set("margin-inline-start", "auto");
        return button;
    }
}
