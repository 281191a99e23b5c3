package vn.hcc.dashboard.security;

/**
 * The five roles of the Center; a user may hold several. What each role may do is {@link Permission}'s table: access
 * rules name a permission, never a role.
 */
public enum Role {
    ADMIN, DIRECTOR, LEADER, RECEPTION, PAKN_HANDLER;

    public String authority() {
        return "ROLE_" + name();
    }
}
