package vn.hcc.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import org.mockito.ArgumentCaptor;
import org.mockito.ArgumentMatchers;
import org.mockito.Mockito;

/** Fetches what an anchor's download handler sends, as the browser's click would: in a request where no UI is current. */
public final class Downloads {

    public record File(String name, byte[] bytes) {
    }

    private Downloads() {
    }

    public static File of(String anchorId) throws Exception {
        Anchor anchor = _get(Anchor.class, spec -> spec.withId(anchorId));
        StreamResourceRegistry.ElementStreamResource resource = (StreamResourceRegistry.ElementStreamResource)
                VaadinSession.getCurrent().getResourceRegistry().getResource(new URI(anchor.getHref()))
                        .orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(out);
        DownloadEvent event = new DownloadEvent(VaadinRequest.getCurrent(), response, VaadinSession.getCurrent(),
                anchor.getElement());
        UI ui = UI.getCurrent();
        UI.setCurrent(null);
        try {
            ((DownloadHandler) resource.getElementRequestHandler()).handleDownloadRequest(event);
        } finally {
            UI.setCurrent(ui);
        }
        ArgumentCaptor<String> header = ArgumentCaptor.forClass(String.class);
        Mockito.verify(response, Mockito.atLeastOnce()).setHeader(ArgumentMatchers.eq("Content-Disposition"),
                header.capture());
        String disposition = header.getValue();
        String name = disposition.substring(disposition.indexOf("filename=\"") + 10, disposition.lastIndexOf('"'));
        return new File(name, out.toByteArray());
    }
}
