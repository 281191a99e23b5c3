package vn.hcc.dashboard.browser;

import vn.hcc.dashboard.security.Role;

/** The README's demo accounts (only in a database generated with demo data), one per role. */
enum DemoAccount {
    ADMIN("admin", Role.ADMIN),
    GIAMDOC("giamdoc", Role.DIRECTOR),
    LANHDAO("lanhdao", Role.LEADER),
    TIEPNHAN("tiepnhan", Role.RECEPTION),
    PAKN("pakn", Role.PAKN_HANDLER);

    /** The password of every demo account, as the README publishes it. */
    static final String PASSWORD = "demo1234";

    final String username;
    final Role role;

    DemoAccount(String username, Role role) {
        this.username = username;
        this.role = role;
    }
}
