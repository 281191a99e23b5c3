package vn.hcc.dashboard.queue;

/** What a registered public device shows; each kind may open only its own page. */
public enum DeviceKind {
    KIOSK("kiosk"),
    DISPLAY("display"),
    /**
     * The citizens' rating tablet at a counter ({@code /danh-gia}, the ratings feature's page): bound to its counter,
     * it asks about the ticket that counter has just finished.
     */
    RATING_TABLET("danh-gia"),
    /** The director's TV ({@code /wall}, the dashboard feature's page): the hall's live figures, read-only. */
    WALL("wall");

    private final String route;

    DeviceKind(String route) {
        this.route = route;
    }

    /** The route of the device's page, where the registration link sends the browser. */
    public String route() {
        return route;
    }
}
