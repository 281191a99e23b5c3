package vn.hcc.dashboard.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import vn.hcc.dashboard.base.Period;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.kpi.KpiExplanation;
import vn.hcc.dashboard.kpi.ui.KpiInfo;
import vn.hcc.dashboard.kpi.KpiValue;

/**
 * One KPI: the actual with its numerator and denominator, the target, the state and the change, and an info button
 * with its definition.
 */
final class KpiCard {

    private KpiCard() {
    }

    /** {@code compared}: the period {@code before} is from, named on the card ("so với 01–03/11/2026"). */
    static Div of(Component owner, KpiValue now, KpiValue before, Period compared, KpiExplanation explanation) {
        Div card = new Div();
        card.setId("card-" + now.kpi().name());
        card.addClassNames("figure-card", "kpi-card", "kpi-" + now.state().name().toLowerCase());
        Div label = new Div(span("card-label", owner.getTranslation("kpi." + now.kpi().name())),
                KpiInfo.button(owner, explanation));
        label.addClassName("card-heading");
        card.add(label);
        card.add(span("card-value", now.hasData() ? now.formattedRate() : owner.getTranslation("dashboard.no-data")));
        card.add(span("card-fraction", now.hasData()
                ? VnFormat.number(now.numerator()) + "/" + VnFormat.number(now.denominator())
                : owner.getTranslation(now.emptyKey())));
        card.add(span("card-target", now.target() == null ? owner.getTranslation("dashboard.no-target")
                : owner.getTranslation("dashboard.target", percent(now.target()))));
        Span state = span("card-state", owner.getTranslation("dashboard.state." + now.state().name()));
        state.getElement().getThemeList().add("badge");
        switch (now.state()) {
            case ACHIEVED -> state.getElement().getThemeList().add("success");
            case CLOSE -> state.getElement().getThemeList().add("warning");
            case MISSED -> state.getElement().getThemeList().add("error");
            default -> state.getElement().getThemeList().add("contrast");
        }
        card.add(state);
        BigDecimal change = now.changeFrom(before);
        card.add(span("card-change", change == null ? owner.getTranslation("dashboard.change.none", compared.formatted())
                : owner.getTranslation("dashboard.change", points(change), compared.formatted())));
        return card;
    }

    /** 60.00 → "60,00%": a target in the same format as the rates. */
    static String percent(BigDecimal value) {
        return VnFormat.percent(value.movePointRight(2).longValue(), 10_000);
    }

    /** Signed percentage points with a decimal comma: "+2,30", "−0,45", "0,00". */
    static String points(BigDecimal change) {
        String abs = change.abs().setScale(2).toPlainString().replace('.', ',');
        return switch (change.signum()) {
            case 1 -> "+" + abs;
            case -1 -> "−" + abs;
            default -> abs;
        };
    }

    private static Span span(String className, String text) {
        Span s = new Span(text);
        s.addClassName(className);
        return s;
    }
}
