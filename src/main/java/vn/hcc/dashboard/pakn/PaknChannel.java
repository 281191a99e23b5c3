package vn.hcc.dashboard.pakn;

/** Where a petition came in (domain.md §5). */
public enum PaknChannel {
    /** Cổng Dịch vụ công quốc gia. */
    PORTAL,
    /** Hệ thống PAKN trên thiết bị di động (seed 004). */
    MOBILE_APP,
    HOTLINE,
    MAILBOX,
    IN_PERSON,
    LETTER
}
