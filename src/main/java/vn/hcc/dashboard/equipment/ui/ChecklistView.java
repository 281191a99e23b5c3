package vn.hcc.dashboard.equipment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.EditDialog;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.equipment.ChecklistLine;
import vn.hcc.dashboard.equipment.ChecklistService;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;
import vn.hcc.dashboard.base.ui.MenuTitled;

/**
 * The Decree 61/2018 Art. 13 checklist: each line's required quantity against what is in working order, marked met
 * (green) or missing (red, with how many). The director sets the Center's own required quantities here.
 */
@Route("equipment/checklist")
@Menu(title = "nav.resources.checklist", order = 370, icon = "CHECK_SQUARE_O")
@PermitAll
@Requires(Permission.EQUIPMENT_VIEW)
class ChecklistView extends VerticalLayout implements MenuTitled {

    private final ChecklistService checklist;
    private final boolean editable;
    private final Span summary = new Span();
    private final Grid<ChecklistLine> grid = new Grid<>();

    ChecklistView(ChecklistService checklist, CurrentUser user) {
        this.checklist = checklist;
        this.editable = EquipmentLabels.canEdit(user);
        summary.setId("summary");
        grid.addColumn(l -> EquipmentLabels.type(this, l.type())).setHeader(getTranslation("checklist.item"))
                .setKey("item").setFlexGrow(2);
        grid.addColumn(this::rule).setHeader(getTranslation("checklist.rule")).setKey("rule").setAutoWidth(true);
        grid.addColumn(l -> VnFormat.number(l.required())).setHeader(getTranslation("checklist.required"))
                .setKey("required").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> VnFormat.number(l.present())).setHeader(getTranslation("checklist.present"))
                .setKey("present").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::result).setHeader(getTranslation("checklist.result")).setKey("result")
                .setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(l -> l.met() ? "checklist-met" : "checklist-missing");
        grid.addComponentColumn(this::badge).setHeader("").setKey("badge").setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.addComponentColumn(this::editButton).setHeader(getTranslation("common.actions")).setKey("actions")
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setId("checklist");
        HorizontalLayout top = new HorizontalLayout(summary);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (user.may(Permission.REPORT_EXPORT)) {
            // a plain URL: the reports feature depends on this one, never the other way round
            Anchor export = new Anchor("reports?report=CHECKLIST", getTranslation("reports.export-excel"));
            export.getElement().setAttribute("router-link", true);
            export.setId("export-excel");
            top.add(export);
        }
        add(new H3(getTranslation("checklist.title")), top, new Paragraph(getTranslation("checklist.note")), grid);
        refresh();
    }

    void refresh() {
        List<ChecklistLine> lines = checklist.checklist();
        grid.setItems(lines);
        long missing = lines.stream().filter(l -> !l.met()).count();
        int counters = lines.isEmpty() ? 0 : lines.get(0).activeCounters();
        summary.setText(missing == 0
                ? getTranslation("checklist.summary.met", lines.size(), lines.size(), counters)
                : getTranslation("checklist.summary.missing", missing, lines.size(), counters));
        summary.getElement().getThemeList().clear();
        summary.getElement().getThemeList().add("badge");
        summary.getElement().getThemeList().add(missing == 0 ? "success" : "error");
    }

    String rule(ChecklistLine l) {
        if (l.perCounter() == 0) {
            return getTranslation("checklist.rule.fixed", l.fixedCount());
        }
        if (l.fixedCount() == 0) {
            return getTranslation("checklist.rule.per-counter", l.perCounter());
        }
        return getTranslation("checklist.rule.both", l.fixedCount(), l.perCounter());
    }

    String result(ChecklistLine l) {
        return l.met() ? getTranslation("checklist.met") : getTranslation("checklist.missing", l.missing());
    }

    private Span badge(ChecklistLine l) {
        Span badge = new Span(l.met() ? VaadinIcon.CHECK.create() : VaadinIcon.CLOSE_SMALL.create());
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add(l.met() ? "success" : "error");
        badge.getElement().setAttribute("aria-label", result(l));
        return badge;
    }

    private Button editButton(ChecklistLine l) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> edit(l));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        edit.setAriaLabel(getTranslation("checklist.edit"));
        return edit;
    }

    void edit(ChecklistLine line) {
        IntegerField perCounter = new IntegerField(getTranslation("checklist.per-counter"));
        perCounter.setValue(line.perCounter());
        perCounter.setId("perCounter");
        IntegerField fixed = new IntegerField(getTranslation("checklist.fixed"));
        fixed.setValue(line.fixedCount());
        fixed.setId("fixedCount");
        EditDialog dialog = new EditDialog(getTranslation("checklist.edit") + ": "
                + EquipmentLabels.type(this, line.type()),
                () -> FormErrors.attempt(this, Map.of("perCounter", perCounter, "fixedCount", fixed), () -> {
                    checklist.saveRequirement(line.type(), line.version(), perCounter.getValue(), fixed.getValue());
                    FormErrors.success(getTranslation("action.saved"));
                    refresh();
                }));
        dialog.fields(perCounter, fixed).open();
    }
}
