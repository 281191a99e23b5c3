package vn.hcc.dashboard.staff;

/**
 * The officer who served a citizen: the sign-in's username, the roster record linked to it ({@code staffId},
 * {@code null} when the account has none), the name to show (the record's, else the account's) and the record's home
 * agency ({@code null}: none recorded), the unit the officer serves for at the counters (a seconded officer's department).
 */
public record Officer(Long staffId, String username, String name, Long homeUnitId) {
}
