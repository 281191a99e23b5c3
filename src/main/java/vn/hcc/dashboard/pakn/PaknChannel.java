package vn.hcc.dashboard.pakn;

/** Where a petition came in: the national portal, the mobile app, the hotline, the mailbox, in person, a letter. */
public enum PaknChannel {
    /** Cổng Dịch vụ công quốc gia. */
    PORTAL,
    /** Hệ thống PAKN trên thiết bị di động (the Lương Tài 09/2024 report). */
    MOBILE_APP,
    HOTLINE,
    MAILBOX,
    IN_PERSON,
    LETTER,
    /** This product's own public page, /gop-y/gui (issue 18). */
    WEB_FORM
}
