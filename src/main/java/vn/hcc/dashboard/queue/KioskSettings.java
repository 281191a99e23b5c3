package vn.hcc.dashboard.queue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The kiosk's settings ({@code app.queue.kiosk.*}). {@code alwaysOpen} ignores the opening hours: for a training
 * session after hours, and for the test suite, which runs at any hour (the hours themselves are tested with it off).
 */
@ConfigurationProperties("app.queue.kiosk")
public class KioskSettings {

    private boolean alwaysOpen;
    /** Print the ticket as soon as it is issued (Chrome started with --kiosk --kiosk-printing prints silently). */
    private boolean autoPrint;
    /** The service time assumed for the estimated wait while a field has fewer than 5 served tickets in 4 weeks. */
    private Duration defaultServiceTime = Duration.ofMinutes(6);

    public boolean isAlwaysOpen() {
        return alwaysOpen;
    }

    public void setAlwaysOpen(boolean alwaysOpen) {
        this.alwaysOpen = alwaysOpen;
    }

    public boolean isAutoPrint() {
        return autoPrint;
    }

    public void setAutoPrint(boolean autoPrint) {
        this.autoPrint = autoPrint;
    }

    public Duration getDefaultServiceTime() {
        return defaultServiceTime;
    }

    public void setDefaultServiceTime(Duration defaultServiceTime) {
        this.defaultServiceTime = defaultServiceTime;
    }
}
