package vn.hcc.dashboard.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;

/**
 * A view in the menu takes its browser title from its menu label, in the UI's language: the Vietnamese session
 * reads "Bảng điều hành", the English one "Dashboard", and no title is written twice.
 */
public interface MenuTitled extends HasDynamicTitle {

    @Override
    default String getPageTitle() {
        Menu menu = getClass().getAnnotation(Menu.class);
        return menu == null ? "" : ((Component) this).getTranslation(menu.title());
    }
}
