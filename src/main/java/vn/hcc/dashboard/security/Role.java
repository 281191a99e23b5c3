package vn.hcc.dashboard.security;

/** The five roles of the Center; a user may hold several. Names are used in {@code @RolesAllowed}. */
public enum Role {
    ADMIN, DIRECTOR, LEADER, RECEPTION, PAKN_HANDLER;

    /** Role names for annotations, which need compile-time constants. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String DIRECTOR = "DIRECTOR";
        public static final String LEADER = "LEADER";
        public static final String RECEPTION = "RECEPTION";
        public static final String PAKN_HANDLER = "PAKN_HANDLER";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
