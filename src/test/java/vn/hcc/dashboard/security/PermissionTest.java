package vn.hcc.dashboard.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hcc.dashboard.security.Role.ADMIN;
import static vn.hcc.dashboard.security.Role.DIRECTOR;
import static vn.hcc.dashboard.security.Role.LEADER;
import static vn.hcc.dashboard.security.Role.PAKN_HANDLER;
import static vn.hcc.dashboard.security.Role.RECEPTION;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The permission table as the Center works: reception records dossiers and serves the queue; leadership reads and
 * exports but changes nothing but letterheads; the director and the administrator change what leadership reads;
 * only PAKN handlers have an inbox; only the administrator keeps the catalogue, the public devices, the sign-ins and bulk data.
 */
class PermissionTest {

    private static final Set<Role> OVERSIGHT = EnumSet.of(DIRECTOR, LEADER, ADMIN);
    private static final Set<Role> CHANGE = EnumSet.of(DIRECTOR, ADMIN);

    @Test
    void eachPermissionIsGrantedToTheRolesOfTheCenter() {
        Map<Permission, Set<Role>> expected = new EnumMap<>(Permission.class);
        expected.put(Permission.DOSSIER_VIEW, EnumSet.of(RECEPTION, DIRECTOR, LEADER, ADMIN));
        expected.put(Permission.DOSSIER_EDIT, EnumSet.of(RECEPTION, DIRECTOR, ADMIN));
        expected.put(Permission.DOSSIER_IMPORT, EnumSet.of(RECEPTION, DIRECTOR, ADMIN));
        expected.put(Permission.QUEUE_SERVE, EnumSet.of(RECEPTION, DIRECTOR, ADMIN));
        expected.put(Permission.DASHBOARD_VIEW, OVERSIGHT);
        expected.put(Permission.WALL_VIEW, OVERSIGHT);
        expected.put(Permission.TARGET_VIEW, OVERSIGHT);
        expected.put(Permission.TARGET_EDIT, CHANGE);
        // a visit's timeline: everyone; the service narrows a PAKN handler to the petitions assigned to them
        expected.put(Permission.VISIT_VIEW, EnumSet.of(RECEPTION, DIRECTOR, LEADER, ADMIN, PAKN_HANDLER));
        expected.put(Permission.PAKN_INBOX, EnumSet.of(PAKN_HANDLER));
        expected.put(Permission.PAKN_VIEW, EnumSet.of(PAKN_HANDLER, DIRECTOR, LEADER, ADMIN));
        expected.put(Permission.PAKN_ANSWER, EnumSet.of(PAKN_HANDLER, DIRECTOR, ADMIN));
        expected.put(Permission.PAKN_VIEW_ALL, OVERSIGHT);
        expected.put(Permission.PAKN_STEER, CHANGE);
        expected.put(Permission.STAFF_VIEW, OVERSIGHT);
        expected.put(Permission.STAFF_EDIT, CHANGE);
        expected.put(Permission.EQUIPMENT_VIEW, OVERSIGHT);
        expected.put(Permission.EQUIPMENT_EDIT, CHANGE);
        expected.put(Permission.RATING_VIEW, OVERSIGHT);
        expected.put(Permission.RATING_FOLLOW_UP, CHANGE);
        expected.put(Permission.REPORT_EXPORT, OVERSIGHT);
        expected.put(Permission.SCORECARD_VIEW, OVERSIGHT);
        expected.put(Permission.SCORECARD_EDIT, EnumSet.of(ADMIN));
        expected.put(Permission.LETTERHEAD_EDIT, EnumSet.of(LEADER, ADMIN));
        expected.put(Permission.CATALOG_EDIT, EnumSet.of(ADMIN));
        expected.put(Permission.DEVICE_ADMIN, EnumSet.of(ADMIN));
        expected.put(Permission.USER_ADMIN, EnumSet.of(ADMIN));
        expected.put(Permission.AUDIT_VIEW, EnumSet.of(ADMIN));
        expected.put(Permission.SIGN_IN_ADMIN, EnumSet.of(ADMIN));
        expected.put(Permission.BULK_DATA, EnumSet.of(ADMIN));
        expected.put(Permission.API_ADMIN, EnumSet.of(ADMIN));
        for (Permission p : Permission.values()) {
            assertThat(p.roles()).as(p.name()).isEqualTo(expected.get(p));
        }
        assertThat(expected).hasSize(Permission.values().length);
    }

    @Test
    void aUserMayWhatAnyOfItsRolesMay() {
        assertThat(Permission.PAKN_STEER.grantedToAny(List.of(LEADER, PAKN_HANDLER))).isFalse();
        assertThat(Permission.PAKN_STEER.grantedToAny(List.of(LEADER, DIRECTOR))).isTrue();
        assertThat(Permission.CATALOG_EDIT.grantedToAny(List.of())).isFalse();
        // the table hands out copies: nobody changes it from outside
        Permission.CATALOG_EDIT.roles().add(RECEPTION);
        assertThat(Permission.CATALOG_EDIT.roles()).containsExactly(ADMIN);
    }

    @Test
    void theSignedInUserMayWhatItsRolesGrant() {
        CurrentUser user = new CurrentUser();
        Permissions permissions = new Permissions();
        try {
            var leader = new UsernamePasswordAuthenticationToken("lanhdao", null,
                    List.of(new SimpleGrantedAuthority(LEADER.authority())));
            SecurityContextHolder.getContext().setAuthentication(leader);
            assertThat(user.may(Permission.REPORT_EXPORT)).isTrue();
            assertThat(user.may(Permission.TARGET_EDIT)).isFalse();
            assertThat(permissions.allows(leader, "LETTERHEAD_EDIT")).isTrue();
            assertThat(permissions.allows(leader, "STAFF_EDIT")).isFalse();
            SecurityContextHolder.clearContext();
            assertThat(user.may(Permission.DOSSIER_VIEW)).as("nobody signed in").isFalse();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
