package vn.hcc.dashboard.queue.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import vn.hcc.dashboard.base.ui.FormErrors;
import vn.hcc.dashboard.queue.CounterPauseService;
import vn.hcc.dashboard.queue.PauseReason;
import vn.hcc.dashboard.queue.QueueField;
import vn.hcc.dashboard.queue.QueueService;
import vn.hcc.dashboard.queue.ServiceCounter;
import vn.hcc.dashboard.queue.Ticket;
import vn.hcc.dashboard.queue.TicketPriority;

/**
 * The counter view's small dialogs: pause with a reason, mark a waiting ticket as priority, transfer the current
 * ticket to another field or to one counter. Each closes on success and repaints the view through {@code done}.
 */
final class CounterDialogs {

    private CounterDialogs() {
    }

    static Dialog pause(Component owner, CounterPauseService pauses, ServiceCounter counter, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("queue.counter.pause-title", counter.getName()));
        Select<PauseReason> reason = new Select<>();
        reason.setId("pause-reason");
        reason.setLabel(owner.getTranslation("queue.counter.pause-reason"));
        reason.setItems(PauseReason.values());
        reason.setItemLabelGenerator(r -> owner.getTranslation(r.labelKey()));
        TextField note = new TextField(owner.getTranslation("queue.counter.pause-note"));
        note.setId("pause-note");
        note.setWidthFull();
        Button confirm = new Button(owner.getTranslation("queue.counter.pause"), e -> {
            if (FormErrors.attempt(owner, Map.of("reason", reason, "note", note),
                    () -> pauses.pause(counter.getId(), reason.getValue(), note.getValue()))) {
                dialog.close();
            }
            done.run();
        });
        confirm.setId("confirm-pause");
        return open(owner, dialog, confirm, new VerticalLayout(reason, note));
    }

    static Dialog priority(Component owner, QueueService queue, Ticket ticket, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("queue.counter.priority-title", ticket.getNumber()));
        Select<TicketPriority> reason = new Select<>();
        reason.setId("priority-reason");
        reason.setLabel(owner.getTranslation("queue.counter.priority-reason"));
        reason.setItems(TicketPriority.values());
        reason.setItemLabelGenerator(r -> owner.getTranslation(r.labelKey()));
        reason.setWidthFull();
        Button confirm = new Button(owner.getTranslation("queue.counter.priority"), e -> {
            if (FormErrors.attempt(owner, Map.of("priority", reason),
                    () -> queue.prioritize(ticket.getId(), ticket.getVersion(), reason.getValue()))) {
                FormErrors.success(owner.getTranslation("queue.counter.prioritized", ticket.getNumber(),
                        owner.getTranslation(reason.getValue().labelKey())));
                dialog.close();
            }
            done.run();
        });
        confirm.setId("confirm-priority");
        return open(owner, dialog, confirm, reason);
    }

    /** Two ways out, each with its own button: to a field's queue, or to one counter. */
    static Dialog transfer(Component owner, QueueService queue, Ticket ticket, List<ServiceCounter> counters,
            Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(owner.getTranslation("queue.counter.transfer-title", ticket.getNumber()));
        Select<QueueField> field = new Select<>();
        field.setId("transfer-field");
        field.setLabel(owner.getTranslation("queue.counter.transfer-to"));
        field.setItems(queue.kioskFields().stream().filter(f -> f.id() != ticket.getFieldId()).toList());
        field.setItemLabelGenerator(QueueField::name);
        Button toField = new Button(owner.getTranslation("queue.counter.transfer-field"), e -> {
            Ticket[] moved = new Ticket[1];
            if (FormErrors.attempt(owner, Map.of("field", field), () -> moved[0] = queue.transfer(ticket.getId(),
                    ticket.getVersion(), field.getValue() == null ? null : field.getValue().id()))) {
                FormErrors.success(owner.getTranslation("queue.counter.transferred", ticket.getNumber(),
                        moved[0].getNumber(), field.getValue().name()));
                dialog.close();
            }
            done.run();
        });
        toField.setId("confirm-transfer");
        Select<ServiceCounter> counter = new Select<>();
        counter.setId("transfer-counter");
        counter.setLabel(owner.getTranslation("queue.counter.transfer-counter-to"));
        counter.setItems(counters.stream().filter(c -> !c.getId().equals(ticket.getCounterId())).toList());
        counter.setItemLabelGenerator(ServiceCounter::getName);
        Button toCounter = new Button(owner.getTranslation("queue.counter.transfer-counter"), e -> {
            Ticket[] moved = new Ticket[1];
            if (FormErrors.attempt(owner, Map.of("targetCounter", counter), () -> moved[0] = queue.transferToCounter(
                    ticket.getId(), ticket.getVersion(), counter.getValue() == null ? null
                            : counter.getValue().getId()))) {
                FormErrors.success(owner.getTranslation("queue.counter.transferred-counter", ticket.getNumber(),
                        moved[0].getNumber(), counter.getValue().getName()));
                dialog.close();
            }
            done.run();
        });
        toCounter.setId("confirm-transfer-counter");
        HorizontalLayout byField = new HorizontalLayout(field, toField);
        HorizontalLayout byCounter = new HorizontalLayout(counter, toCounter);
        for (HorizontalLayout row : List.of(byField, byCounter)) {
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        }
        Button cancel = new Button(owner.getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(byField, byCounter));
        dialog.getFooter().add(cancel);
        dialog.open();
        return dialog;
    }

    private static Dialog open(Component owner, Dialog dialog, Button confirm, Component... content) {
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(owner.getTranslation("action.cancel"), e -> dialog.close());
        dialog.add(content);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        return dialog;
    }
}
