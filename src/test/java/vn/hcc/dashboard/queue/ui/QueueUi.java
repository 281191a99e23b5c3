package vn.hcc.dashboard.queue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import vn.hcc.dashboard.queue.DeviceDraft;
import vn.hcc.dashboard.queue.DeviceKind;
import vn.hcc.dashboard.queue.DeviceService;
import vn.hcc.dashboard.queue.RegisteredDevice;
import vn.hcc.dashboard.security.SystemAccess;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/** Shared steps of the queue view tests. */
final class QueueUi {

    private QueueUi() {
    }

    /** Registers a new device of {@code kind} and gives this browser its cookie, as the registration link does. */
    static RegisteredDevice registerBrowser(DeviceService devices, DeviceKind kind, String name) {
        RegisteredDevice device = SystemAccess.asAdmin(() -> devices.register(new DeviceDraft(name, kind, null)));
        useToken(device.token());
        return device;
    }

    /** The browser's device cookie now holds {@code token}. */
    static void useToken(String token) {
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setCookiesInt(new Cookie[] {new Cookie(DeviceService.COOKIE, token)});
    }

    static <T extends Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    static String text(String id) {
        return ((HasText) byId(Component.class, id)).getText();
    }

    /** Presses a button as a user would: karibu refuses a disabled or hidden one. */
    static void press(String id) {
        _click(byId(Button.class, id));
    }

    /**
     * Sets a value as a user would, refusing disabled, hidden or read-only fields (karibu 2.6.2's {@code _setValue}
     * does not run on Vaadin 25).
     */
    static <V> void set(HasValue<?, V> field, V value) {
        BasicUtilsKt.checkEditableByUser((Component) field);
        field.setValue(value);
    }

    static List<String> column(Grid<?> grid, String key) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(r -> GridKt._getFormatted(grid, r, key)).toList();
    }

    /**
     * Waits for a live update: the broadcaster repaints through {@code UI.access}, which karibu runs on a client
     * round trip.
     */
    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(20);
        }
    }
}
