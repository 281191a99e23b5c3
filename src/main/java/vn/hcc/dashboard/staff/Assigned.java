package vn.hcc.dashboard.staff;

/**
 * A saved duty. {@code servesCounter} is false when the person neither serves this counter nor any of its fields:
 * allowed (a stand-in on a short day) but worth a warning.
 */
public record Assigned(Duty duty, boolean servesCounter) {
}
