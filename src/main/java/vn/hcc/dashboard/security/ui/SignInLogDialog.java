package vn.hcc.dashboard.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.format.DateTimeFormatter;
import vn.hcc.dashboard.security.SignInAttempt;
import vn.hcc.dashboard.security.SignInLog;

/** The sign-in log for the administrator: every attempt at the login form and every lock lifted, newest first. */
class SignInLogDialog extends Dialog {

    /** To the second: a burst of guesses shows as the burst it was. */
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    private final Grid<SignInAttempt> grid = new Grid<>();
    private String filter = "";

    SignInLogDialog(SignInLog log) {
        setId("sign-in-log");
        setHeaderTitle(getTranslation("signin.log"));
        setWidth("min(60rem, 95vw)");
        setHeight("80vh");
        TextField search = new TextField();
        search.setId("sign-in-search");
        search.setPlaceholder(getTranslation("signin.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> {
            filter = e.getValue();
            grid.getDataProvider().refreshAll();
        });
        grid.addColumn(a -> a.getAt().format(AT)).setKey("at")
                .setHeader(getTranslation("signin.at")).setSortProperty("at").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SignInAttempt::getUsername).setKey("username").setHeader(getTranslation("user.username"))
                .setSortProperty("username");
        grid.addColumn(SignInAttempt::getRemoteIp).setKey("ip").setHeader(getTranslation("signin.ip"))
                .setSortProperty("remoteIp");
        grid.addColumn(a -> getTranslation("signin.outcome." + a.getOutcome().name())
                + (a.getActor() == null ? "" : " (" + a.getActor() + ")")).setKey("outcome")
                .setHeader(getTranslation("signin.outcome")).setSortProperty("outcome");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItemsPageable(p -> log.search(filter, p).getContent(), p -> (int) log.search(filter, p)
                .getTotalElements());
        grid.setId("sign-in-log-grid");
        grid.setSizeFull();
        add(search, grid);
        getFooter().add(new Button(getTranslation("signin.close"), e -> close()));
    }
}
