package vn.hcc.dashboard.dashboard.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import vn.hcc.dashboard.base.Broadcaster;
import vn.hcc.dashboard.base.FieldValidationException;
import vn.hcc.dashboard.base.ui.LiveUpdates;
import vn.hcc.dashboard.base.ui.RefreshThrottle;
import vn.hcc.dashboard.dashboard.WallData;
import vn.hcc.dashboard.dashboard.WallService;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.security.CurrentUser;
import vn.hcc.dashboard.security.Permission;

/**
 * The director's TV: the hall's live figures on one screen at 1920×1080, in type readable from five metres, without
 * menu, navigation or link (see {@link WallBoard} for what it shows). It opens for a signed-in user with
 * {@link Permission#WALL_VIEW}, or on a TV registered as a wall device (the registration link is the TV's read-only
 * token URL, kept in the device cookie). A browser holding another device's cookie, or a revoked one, sees how to
 * register it; a browser without any device cookie is a person and is sent to sign in; a signed-in user without
 * the permission is refused. It repaints through Push after every change of the figures (50 ms after the first of a
 * burst) and every 30 seconds for the clock and the longest wait, reading the figures every wall shares.
 */
@Route(value = "wall", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/wall.css")
class WallView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** How often the clock and "waited so far" move without a change event. */
    static final int TICK_MILLIS = 30_000;

    private final WallService wall;
    private final DeviceService devices;
    private final CurrentUser user;
    private final Broadcaster broadcaster;
    private final RefreshThrottle throttle = new RefreshThrottle(this, 50, 250, this::refresh);
    private Supplier<WallData> source;
    private WallBoard board;
    private com.vaadin.flow.shared.Registration tick;

    WallView(WallService wall, DeviceService devices, CurrentUser user, Broadcaster broadcaster) {
        this.wall = wall;
        this.devices = devices;
        this.user = user;
        this.broadcaster = broadcaster;
        addClassName("wall-view");
        setId("wall");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> token = deviceToken();
        if (token.isPresent() && devices.open(token.get(), DeviceKind.WALL).isPresent()) {
            String t = token.get();
            source = () -> wall.forDevice(t);
        } else if (signedIn()) {
            if (!user.may(Permission.WALL_VIEW)) {
                event.rerouteToError(AccessDeniedException.class);
                return;
            }
            source = wall::data;
        } else if (token.isPresent()) {
            showNotRegistered();
            return;
        } else {
            event.forwardTo("login");
            return;
        }
        if (board == null) {
            board = new WallBoard(this);
            add(board);
            for (String topic : WallService.TOPICS) {
                LiveUpdates.subscribe(this, broadcaster, topic, e -> throttle.request());
            }
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        if (source != null) {
            attach.getUI().setPollInterval(TICK_MILLIS);
            tick = attach.getUI().addPollListener(e -> refresh());
        }
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        detach.getUI().setPollInterval(-1);
        if (tick != null) {
            tick.remove();
            tick = null;
        }
    }

    /** Reads the shared figures and shows them; a wall TV revoked meanwhile shows how to register it instead. */
    void refresh() {
        throttle.refreshed();
        if (source == null || board == null) {
            return;
        }
        try {
            board.show(source.get(), wall.now());
        } catch (FieldValidationException revoked) {
            showNotRegistered();
        }
    }

    private void showNotRegistered() {
        source = null;
        board = null;
        removeAll();
        H1 title = new H1(getTranslation("queue.device.unregistered.title"));
        Paragraph how = new Paragraph(getTranslation("queue.device.unregistered.text"));
        Div page = new Div(title, how);
        page.setId("device-not-registered");
        page.addClassName("device-not-registered");
        add(page);
    }

    /** Signed in as a person: the request carries a principal (an anonymous visitor's does not). */
    private static boolean signedIn() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request != null && request.getUserPrincipal() != null;
    }

    /** The device token the registration link left in this browser's cookie (HttpOnly: only the server reads it). */
    private static Optional<String> deviceToken() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> DeviceService.COOKIE.equals(c.getName())).map(Cookie::getValue)
                        .findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wall.page-title");
    }
}
