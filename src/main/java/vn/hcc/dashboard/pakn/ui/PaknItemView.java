package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.catalog.Unit;
import vn.hcc.dashboard.catalog.UnitService;
import vn.hcc.dashboard.pakn.NotYourPaknException;
import vn.hcc.dashboard.pakn.Pakn;
import vn.hcc.dashboard.pakn.PaknHistory;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PaknSteeringService;
import vn.hcc.dashboard.pakn.PaknPhoto;
import vn.hcc.dashboard.base.ui.ByteDownloads;
import vn.hcc.dashboard.pakn.PublicPetitionService;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import vn.hcc.dashboard.pakn.PaknStatus;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;
import vn.hcc.dashboard.security.Requires;

/**
 * One petition, {@code pakn/item?id=N}: its facts, the answer (editable by the assigned handler or a director until
 * it is published), the director's actions (assign, extend, publish, hide) and the history of every change. A
 * handler who opens someone else's item by its URL is told so and sees nothing of it; the service refuses too.
 */
@Route("pakn/item")
@PermitAll
@Requires(Permission.PAKN_VIEW)
class PaknItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph message = new Paragraph();
    private String pageTitle = getTranslation("pakn.item.page");
    private final PaknService service;
    private final PaknSteeringService steering;
    private final CurrentUser currentUser;
    private final UnitService unitService;
    private final List<Unit> units;
    private final PublicPetitionService petitions;

    PaknItemView(PaknService service, PaknSteeringService steering, UnitService unitService,
            CurrentUser currentUser, PublicPetitionService petitions) {
        this.service = service;
        this.petitions = petitions;
        this.steering = steering;
        this.currentUser = currentUser;
        this.unitService = unitService;
        this.units = unitService.listAll();
        message.setId("message");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> id = event.getLocation().getQueryParameters().getSingleParameter("id");
        try {
            show(Long.parseLong(id.orElse("")));
        } catch (NumberFormatException bad) {
            refuse(getTranslation("pakn.error.not-found", id.orElse("")));
        }
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }

    void show(long id) {
        pageTitle = getTranslation("pakn.item.title", String.valueOf(id));
        removeAll();
        Optional<Pakn> item;
        try {
            item = service.find(id);
        } catch (NotYourPaknException notYours) {
            refuse(getTranslation("pakn.error.not-yours", String.valueOf(id)));
            return;
        }
        if (item.isEmpty()) {
            refuse(getTranslation("pakn.error.not-found", String.valueOf(id)));
            return;
        }
        render(item.get());
    }

    private void refuse(String text) {
        removeAll();
        message.setText(text);
        add(message, back());
    }

    private RouterLink back() {
        boolean handlerOnly = !currentUser.may(Permission.PAKN_VIEW_ALL);
        RouterLink link = new RouterLink(getTranslation("pakn.item.back"),
                handlerOnly ? PaknInboxView.class : PaknDirectorView.class);
        link.setId("back");
        return link;
    }

    private boolean steers() {
        return currentUser.may(Permission.PAKN_STEER);
    }

    private void render(Pakn p) {
        add(back(), new H2(getTranslation("pakn.item.title", String.valueOf(p.getId()))));
        Paragraph facts = new Paragraph(getTranslation("pakn.item.facts", VnFormat.dateTime(p.getReceivedAt()),
                PaknLabels.channel(this, p.getChannel()), PaknLabels.category(this, p.getCategory()),
                orNone(p.getLocality())));
        facts.setId("facts");
        Paragraph citizen = new Paragraph(getTranslation("pakn.item.citizen", p.getCitizenName(),
                orNone(p.getCitizenContact())));
        citizen.setId("citizen");
        Paragraph content = new Paragraph(p.getContent());
        content.setId("content");
        content.getStyle().set("white-space", "pre-line");
        Paragraph assignment = new Paragraph(getTranslation("pakn.item.assignment",
                orNone(unitService.nameOf(p.getUnitId()).orElse(null)), orNone(service.handlerLabel(p.getHandler())),
                PaknLabels.deadline(this, service, p)));
        assignment.setId("assignment");
        Paragraph status = new Paragraph(getTranslation("pakn.field.status") + ": "
                + PaknLabels.status(this, p.getStatus()));
        status.setId("status");
        add(facts, citizen, content, assignment, status);
        if (p.getTrackingCode() != null) {
            Paragraph tracking = new Paragraph(getTranslation("pakn.item.tracking", p.getTrackingCode()));
            tracking.setId("tracking");
            add(tracking);
            photos(p.getId());
        }
        if (p.getExtensionReason() != null) {
            add(new Paragraph(getTranslation("pakn.item.extended", VnFormat.date(p.getOriginalDeadline()),
                    p.getExtensionReason())));
        }
        if (p.getStatus() == PaknStatus.HIDDEN) {
            add(new Paragraph(getTranslation("pakn.item.hidden", VnFormat.date(p.getHiddenOn()),
                    p.getHiddenReason())));
        }
        boolean mine = currentUser.username().orElse("").equals(p.getHandler());
        // once submitted, the answer is locked for its handler: it waits for publication as sent
        boolean mayAnswer = !p.getStatus().isFinal() && (steers()
                || (mine && p.getStatus() != PaknStatus.NEW && p.getStatus() != PaknStatus.ANSWERED));
        if (mayAnswer) {
            add(new PaknAnswerForm(service, p, () -> show(p.getId())));
        } else if (p.getAnswer() != null) {
            add(new H4(getTranslation("pakn.section.answer")));
            Paragraph answer = new Paragraph(p.getAnswer());
            answer.setId("answer-text");
            answer.getStyle().set("white-space", "pre-line");
            add(answer);
        }
        if (p.getAnsweredOn() != null) {
            add(new Paragraph(getTranslation("pakn.item.answered", VnFormat.date(p.getAnsweredOn()))));
        }
        if (p.getPublishedOn() != null) {
            add(new Paragraph(getTranslation("pakn.item.published", VnFormat.date(p.getPublishedOn()))));
        }
        if (steers() && !p.getStatus().isFinal()) {
            add(new PaknSteering(service, steering, p, units, () -> show(p.getId())));
        }
        add(new H4(getTranslation("pakn.section.history")), history(p.getId()));
    }

    /** The photos a citizen sent, as stored (re-encoded, without metadata), each opening full size. */
    private void photos(long id) {
        List<PaknPhoto> list = petitions.photos(id);
        if (list.isEmpty()) {
            return;
        }
        Div row = new Div();
        row.setId("photos");
        row.addClassName("pakn-photos");
        for (PaknPhoto photo : list) {
            byte[] bytes = photo.getBytes();
            String name = "anh-" + photo.getId() + (photo.getContentType().equals("image/png") ? ".png" : ".jpg");
            Image image = new Image(ByteDownloads.of(() -> bytes, name, photo.getContentType()),
                    getTranslation("pakn.item.photos"));
            image.addClassName("pakn-photo");
            row.add(image);
        }
        add(new H4(getTranslation("pakn.item.photos")), row);
    }

    private Grid<PaknHistory> history(long id) {
        Grid<PaknHistory> grid = new Grid<>();
        grid.setId("history");
        grid.addColumn(h -> VnFormat.dateTime(h.getChangedAt())).setHeader(getTranslation("pakn.history.when"))
                .setKey("when").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(PaknHistory::getChangedBy).setHeader(getTranslation("pakn.history.who")).setKey("who")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> getTranslation("pakn.action." + h.getAction()))
                .setHeader(getTranslation("pakn.history.what"))
                .setKey("what").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.getField() == null ? "" : getTranslation("pakn.field." + h.getField()))
                .setHeader(getTranslation("pakn.history.field")).setKey("field").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> value(h.getField(), h.getBefore())).setHeader(getTranslation("pakn.history.before"))
                .setKey("before").setTooltipGenerator(h -> h.getBefore());
        grid.addColumn(h -> value(h.getField(), h.getAfter())).setHeader(getTranslation("pakn.history.after"))
                .setKey("after").setTooltipGenerator(h -> h.getAfter());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        // an item's history is a handful of rows: read at once
        grid.setItems(service.history(id));
        return grid;
    }

    /** Statuses and dates in the user's words and format; texts as written. */
    private String value(String field, String v) {
        if (v == null) {
            return "";
        }
        if ("status".equals(field)) {
            return PaknLabels.status(this, PaknStatus.valueOf(v));
        }
        if ("late".equals(field)) {
            return getTranslation("pakn.history.late-days", v);
        }
        if ("deadline".equals(field) || "answeredOn".equals(field)) {
            return VnFormat.date(java.time.LocalDate.parse(v));
        }
        return PaknLabels.abbreviate(v, 200);
    }

    private String orNone(String v) {
        return v == null || v.isBlank() ? getTranslation("pakn.item.none") : v;
    }
}
