package vn.hcc.dashboard.staff;

/**
 * The officer who served a citizen: the sign-in's username, the roster record linked to it ({@code staffId},
 * {@code null} when the account has none) and the name to show (the record's, else the account's).
 */
public record Officer(Long staffId, String username, String name) {
}
