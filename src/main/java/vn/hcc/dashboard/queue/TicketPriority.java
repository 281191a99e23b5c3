package vn.hcc.dashboard.queue;

/**
 * Why a ticket is served before the queue order (người cao tuổi, người khuyết tật, phụ nữ mang thai). The label is the
 * translation key {@code queue.priority.<NAME>}.
 */
public enum TicketPriority {
    ELDERLY, DISABLED, PREGNANT;

    public String labelKey() {
        return "queue.priority." + name();
    }
}
