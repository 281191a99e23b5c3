package vn.hcc.dashboard.ratings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.ratings.FollowUpEntry;
import vn.hcc.dashboard.ratings.RatingService;
import vn.hcc.dashboard.ratings.UnsatisfiedRating;

/**
 * One unsatisfied rating: what the citizen said, the history of its follow-ups (who, when, what), and, for those
 * who may, "Đánh dấu đã xử lý" with a note. A follow-up saved meanwhile by someone else is refused and explained.
 */
class FollowUpDialog extends Dialog {

    FollowUpDialog(RatingService ratings, UnsatisfiedRating rating, boolean mayFollowUp, Runnable saved) {
        setHeaderTitle(getTranslation("ratings.dialog.title", rating.subject()));
        setWidth("min(40rem, 95vw)");
        setId("follow-up-dialog");
        Paragraph said = new Paragraph(getTranslation("ratings.dialog.said",
                rating.reason() == null ? "–" : getTranslation("rating.reason." + rating.reason().name()),
                rating.comment() == null || rating.comment().isBlank() ? "–" : rating.comment()));
        said.setId("said");
        Div history = new Div();
        history.setId("history");
        history.addClassName("follow-up-history");
        List<FollowUpEntry> entries = ratings.history(rating.id());
        if (entries.isEmpty()) {
            history.add(new Span(getTranslation("ratings.dialog.no-history")));
        }
        entries.forEach(e -> history.add(new Paragraph(getTranslation("ratings.dialog.entry",
                VnFormat.dateTime(e.doneAt()), e.doneBy(), e.note()))));
        add(said, history);
        Button close = new Button(getTranslation("action.cancel"), e -> close());
        close.setId("cancel");
        getFooter().add(close);
        if (!mayFollowUp) {
            return;
        }
        TextArea note = new TextArea(getTranslation("ratings.dialog.note"));
        note.setId("note");
        note.setWidthFull();
        note.setMaxLength(RatingService.MAX_NOTE);
        add(note);
        Button done = new Button(getTranslation("ratings.action.mark-done"), e -> {
            if (FormErrors.attempt(this, Map.of("note", note),
                    () -> ratings.followUp(rating.id(), rating.version(), note.getValue()))) {
                FormErrors.success(getTranslation("ratings.dialog.saved"));
                close();
                saved.run();
            }
        });
        done.setId("mark-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
