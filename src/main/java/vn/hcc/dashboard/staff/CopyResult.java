package vn.hcc.dashboard.staff;

import java.time.LocalDate;
import java.util.List;

/**
 * What copying last week's schedule forward did: {@code copied} new duties, {@code unchanged} already there, and
 * each duty left out with the reason (a translation key taking the day, the counter and the person).
 */
public record CopyResult(int copied, int unchanged, List<Skipped> skipped) {

    public record Skipped(LocalDate day, String counterName, String staffName, String reasonKey) {
    }
}
