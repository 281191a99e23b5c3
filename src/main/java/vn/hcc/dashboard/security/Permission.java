package vn.hcc.dashboard.security;

import static vn.hcc.dashboard.security.Role.ADMIN;
import static vn.hcc.dashboard.security.Role.DIRECTOR;
import static vn.hcc.dashboard.security.Role.LEADER;
import static vn.hcc.dashboard.security.Role.PAKN_HANDLER;
import static vn.hcc.dashboard.security.Role.RECEPTION;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a user may do, and the one table of which roles may do it. Services ({@link Requires} on a class or method),
 * routes ({@link Requires} on a view, which the navigation and the menu honour) and views (showing an edit button:
 * {@link CurrentUser#may}) all ask for a permission, never for a role.
 */
public enum Permission {

    /** The intake list and a dossier's details; the figures' drill-down to dossiers. */
    DOSSIER_VIEW(RECEPTION, DIRECTOR, LEADER, ADMIN),
    /** Record, correct and close dossiers. */
    DOSSIER_EDIT(RECEPTION, DIRECTOR, ADMIN),
    /**
     * One visit's timeline ({@code /visit}): ticket, dossiers, letter and rating. A PAKN handler opens only the
     * timeline of a petition of theirs (and of the dossier it names); the timeline's service checks that.
     */
    VISIT_VIEW(RECEPTION, DIRECTOR, LEADER, ADMIN, PAKN_HANDLER),
    /** Import dossiers from a file. */
    DOSSIER_IMPORT(RECEPTION, DIRECTOR, ADMIN),
    /** Call and serve queue tickets at a counter. */
    QUEUE_SERVE(RECEPTION, DIRECTOR, ADMIN),
    /** The dashboard, its KPIs and the queue figures. */
    DASHBOARD_VIEW(DIRECTOR, LEADER, ADMIN),
    /** The wall ({@code /wall}): the hall's live figures on one screen, for the director's TV. */
    WALL_VIEW(DIRECTOR, LEADER, ADMIN),
    /** The targets set for each KPI. */
    TARGET_VIEW(DIRECTOR, LEADER, ADMIN),
    /** Set and remove targets. */
    TARGET_EDIT(DIRECTOR, ADMIN),
    /** A handler's own PAKN inbox. */
    PAKN_INBOX(PAKN_HANDLER),
    /** Open one PAKN item. */
    PAKN_VIEW(PAKN_HANDLER, DIRECTOR, LEADER, ADMIN),
    /** Record a PAKN and answer it. */
    PAKN_ANSWER(PAKN_HANDLER, DIRECTOR, ADMIN),
    /** Every PAKN of the center, with its figures. */
    PAKN_VIEW_ALL(DIRECTOR, LEADER, ADMIN),
    /** Assign, extend, publish and hide PAKN; set the deadlines. */
    PAKN_STEER(DIRECTOR, ADMIN),
    /** The staff roster, the duty schedule and the sign-ins they are linked to. */
    STAFF_VIEW(DIRECTOR, LEADER, ADMIN),
    /** Change the roster and the duty schedule. */
    STAFF_EDIT(DIRECTOR, ADMIN),
    /** The equipment inventory, its faults, outages and the Art. 13 checklist. */
    EQUIPMENT_VIEW(DIRECTOR, LEADER, ADMIN),
    /** Change the inventory, record faults and outages, set the checklist's norms. */
    EQUIPMENT_EDIT(DIRECTOR, ADMIN),
    /** The citizens' satisfaction ratings: figures, the unsatisfied ones with their comments and follow-ups. */
    RATING_VIEW(DIRECTOR, LEADER, ADMIN),
    /** Record the follow-up of an unsatisfied rating. */
    RATING_FOLLOW_UP(DIRECTOR, ADMIN),
    /** Read and download the reports in the official forms. */
    REPORT_EXPORT(LEADER, DIRECTOR, ADMIN),
    /** The estimated Decision 766 scorecard, its ranking, trend and drill-down. */
    SCORECARD_VIEW(DIRECTOR, LEADER, ADMIN),
    /** Change the scorecard's points and thresholds. */
    SCORECARD_EDIT(ADMIN),
    /** Set each unit's letterhead and signers. */
    LETTERHEAD_EDIT(LEADER, ADMIN),
    /** Units, fields, procedures, holidays and counters. */
    CATALOG_EDIT(ADMIN),
    /** Register and revoke the kiosks, hall displays and rating tablets allowed to open the public pages. */
    DEVICE_ADMIN(ADMIN),
    /** Sign-ins and their roles. */
    USER_ADMIN(ADMIN),
    /** The audit trail of every change, and its export. */
    AUDIT_VIEW(ADMIN),
    /** The sign-in log, and lifting an account's temporary lock after failed sign-ins. */
    SIGN_IN_ADMIN(ADMIN),
    /** Load history in bulk and rebuild the figures' summary. */
    BULK_DATA(ADMIN),
    /** Create and revoke the provincial software's API keys; read the API's description (Swagger UI). */
    API_ADMIN(ADMIN);

    private final Set<Role> roles;

    Permission(Role first, Role... more) {
        this.roles = EnumSet.of(first, more);
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles);
    }

    /**
     * The authority that grants this permission by itself, without a role: what an API key holds (the keys are no
     * users and have no role; see {@link Permissions}).
     */
    public String authority() {
        return "PERMISSION_" + name();
    }

    /** True when any of {@code held} grants this permission. */
    public boolean grantedToAny(Collection<Role> held) {
        return held.stream().anyMatch(roles::contains);
    }
}
