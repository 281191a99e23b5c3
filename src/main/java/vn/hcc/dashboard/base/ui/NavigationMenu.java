package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups the menu entries the current user may open by area. A view's {@code @Menu} title is a translation key
 * {@code nav.<group>.<item>}; its group decides the area, the fixed order below decides where the area stands.
 */
public final class NavigationMenu {

    /** Areas in the order users expect them (Tổng quan, Tiếp nhận, PAKN, Nhân sự & thiết bị, Báo cáo, Quản trị). */
    public static final List<String> GROUPS = List.of("overview", "intake", "pakn", "resources", "reports", "admin");

    public record Item(String titleKey, String path, String icon) {
    }

    public record Group(String key, List<Item> items) {
    }

    private NavigationMenu() {
    }

    /** Vaadin's menu configuration already leaves out the routes the user's roles do not allow. */
    public static List<Group> accessibleGroups() {
        Map<String, List<Item>> byGroup = new LinkedHashMap<>();
        GROUPS.forEach(g -> byGroup.put(g, new ArrayList<>()));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            String key = entry.title();
            String[] parts = key.split("\\.");
            if (parts.length == 3 && byGroup.containsKey(parts[1])) {
                byGroup.get(parts[1]).add(new Item(key, entry.path(), entry.icon()));
            }
        }
        return byGroup.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    static Optional<String> titleKeyFor(Component view) {
        return Optional.ofNullable(view).map(v -> v.getClass().getAnnotation(Menu.class)).map(Menu::title);
    }
}
