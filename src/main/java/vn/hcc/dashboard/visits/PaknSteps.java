package vn.hcc.dashboard.visits;

import static vn.hcc.dashboard.visits.VisitText.key;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import vn.hcc.dashboard.base.VnFormat;
import vn.hcc.dashboard.pakn.Pakn;
import vn.hcc.dashboard.pakn.PaknHistory;
import vn.hcc.dashboard.visits.TimelineEvent.Kind;
import vn.hcc.dashboard.visits.TimelineEvent.Mark;

/**
 * A petition's steps: received, then one step per action of its history (the rows one action wrote at one moment
 * together: assigned to whom, answered how late, extended to when, published, hidden why), and its deadline, late
 * when answered after it or still open past it.
 */
final class PaknSteps {

    private PaknSteps() {
    }

    private record Moment(LocalDateTime at, String by, String action) {
    }

    static void pakn(Pakn p, List<PaknHistory> history, LocalDate today, UnaryOperator<String> names,
            Consumer<TimelineEvent> out) {
        String id = String.valueOf(p.getId());
        Map<Moment, List<PaknHistory>> moments = new LinkedHashMap<>();
        for (PaknHistory h : history) {
            moments.computeIfAbsent(new Moment(h.getChangedAt(), h.getChangedBy(), h.getAction()),
                    k -> new ArrayList<>()).add(h);
        }
        String receivedBy = moments.keySet().stream()
                .filter(m -> m.action().equals("RECORDED") || m.action().equals("IMPORTED")).map(Moment::by)
                .findFirst().map(names).orElse(null);
        out.accept(VisitSteps.timed(p.getReceivedAt(), Kind.PAKN_RECEIVED, VisitText.of("visit.event.pakn-received",
                id, key("pakn.channel." + p.getChannel().name())),
                VisitText.of("visit.event.pakn-received.detail", key("pakn.category." + p.getCategory().name()),
                        VnFormat.date(p.getDeadline())), receivedBy, Mark.NONE, null));
        moments.forEach((m, rows) -> {
            if (m.action().equals("RECORDED") || m.action().equals("IMPORTED")) {
                return;
            }
            String lateDays = null;
            List<String> details = new ArrayList<>();
            for (PaknHistory h : rows) {
                if (h.getField() == null || h.getAfter() == null) {
                    continue;
                }
                switch (h.getField()) {
                    case "handler" -> details.add(names.apply(h.getAfter()));
                    case "late" -> lateDays = h.getAfter();
                    case "deadline" -> details.add(VnFormat.date(LocalDate.parse(h.getAfter())));
                    case "dossierCode" -> details.add(h.getAfter());
                    case "hiddenReason", "extensionReason" -> details.add(h.getAfter());
                    default -> {
                        // status, answer text, days: the action's name says enough
                    }
                }
            }
            Mark mark = lateDays == null ? Mark.NONE : Mark.LATE;
            VisitText detail = lateDays != null
                    ? VisitText.of("visit.event.pakn-late", lateDays,
                            details.isEmpty() ? "" : "· " + String.join(" · ", details))
                    : details.isEmpty() ? null : VisitText.of("visit.event.pakn-detail", String.join(" · ", details));
            out.accept(VisitSteps.timed(m.at(), Kind.PAKN_CHANGED, VisitText.of("visit.event.pakn-action", id,
                    key("pakn.action." + m.action())), detail, names.apply(m.by()), mark, null));
        });
        boolean late = p.getAnsweredOn() != null ? p.getAnsweredOn().isAfter(p.getDeadline())
                : p.getStatus().isOpen() && today.isAfter(p.getDeadline());
        Mark mark = late ? Mark.LATE : p.getStatus().isOpen() ? Mark.UPCOMING : Mark.ON_TIME;
        out.accept(VisitSteps.day(p.getDeadline(), Kind.DUE, VisitText.of(late ? "visit.event.pakn-deadline-passed"
                : "visit.event.pakn-deadline", id, VnFormat.date(p.getDeadline())), null, null, mark, null));
    }
}
