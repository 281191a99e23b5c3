package vn.hcc.dashboard.pakn.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.function.Function;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.pakn.Pakn;
import vn.hcc.dashboard.pakn.PaknCategory;
import vn.hcc.dashboard.pakn.PaknChannel;
import vn.hcc.dashboard.pakn.PaknService;
import vn.hcc.dashboard.pakn.PaknStatus;

/** Translated names of the PAKN vocabularies and the deadline marker, the same in every PAKN view. */
final class PaknLabels {

    static final int SHORT_TEXT = 90;

    private PaknLabels() {
    }

    static String channel(Component owner, PaknChannel c) {
        return c == null ? "" : owner.getTranslation("pakn.channel." + c.name());
    }

    static String category(Component owner, PaknCategory c) {
        return c == null ? "" : owner.getTranslation("pakn.category." + c.name());
    }

    static String status(Component owner, PaknStatus s) {
        return s == null ? "" : owner.getTranslation("pakn.status." + s.name());
    }

    /** "24/03/2025 · Quá hạn" for an open item past its deadline, "· Sắp đến hạn" within two working days. */
    static String deadline(Component owner, PaknService service, Pakn p) {
        String date = VnFormat.date(p.getDeadline());
        if (p.isOverdue(service.today())) {
            return date + " · " + owner.getTranslation("pakn.overdue");
        }
        if (p.answeredLate()) {
            return date + " · " + owner.getTranslation("pakn.answered-late");
        }
        return service.isDueSoon(p) ? date + " · " + owner.getTranslation("pakn.due-soon") : date;
    }

    /** Colours overdue and due-soon rows (styles.css: {@code vaadin-grid::part(overdue)}). */
    static <T> void markDeadlines(Grid<T> grid, PaknService service, Function<T, Pakn> item) {
        grid.setPartNameGenerator(row -> {
            Pakn p = item.apply(row);
            LocalDate today = service.today();
            return p.isLate(today) ? "overdue" : service.isDueSoon(p) ? "due-soon" : null;
        });
    }

    static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }
}
