package vn.hcc.dashboard.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import vn.hcc.dashboard.security.Permission;

/**
 * Who calls the API: an active key's id, name and scope. As an {@link Authentication} it holds no role, only the
 * permissions the services ask for: reading needs the dossiers and the dashboard's figures (whose KPIs read the
 * targets and the ratings), writing the import (and
 * reading a dossier's current unit, to keep a scoped key to its own units).
 */
record ApiCaller(long keyId, String name, Set<Long> unitIds, boolean canRead, boolean canWrite) {

    ApiCaller {
        unitIds = Set.copyOf(unitIds);
    }

    static ApiCaller of(ApiKey key) {
        return new ApiCaller(key.getId(), key.getName(), key.getUnitIds(), key.canRead(), key.canWrite());
    }

    /** Whether the key may see or change dossiers and figures of this unit. */
    boolean covers(Long unitId) {
        return unitIds.isEmpty() || unitId != null && unitIds.contains(unitId);
    }

    /** The name the audit trail gives the calls and the dossiers they change. */
    String actor() {
        return "api:" + name;
    }

    Authentication authentication() {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        if (canRead) {
            authorities.add(new SimpleGrantedAuthority(Permission.DOSSIER_VIEW.authority()));
            authorities.add(new SimpleGrantedAuthority(Permission.DASHBOARD_VIEW.authority()));
            // the KPIs read the targets, the PAKN and the ratings' counts, each service asking its own permission
            authorities.add(new SimpleGrantedAuthority(Permission.TARGET_VIEW.authority()));
            authorities.add(new SimpleGrantedAuthority(Permission.RATING_VIEW.authority()));
        }
        if (canWrite) {
            authorities.add(new SimpleGrantedAuthority(Permission.DOSSIER_IMPORT.authority()));
            authorities.add(new SimpleGrantedAuthority(Permission.DOSSIER_VIEW.authority()));
        }
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(actor(), null,
                authorities.stream().distinct().toList());
        auth.setDetails(this);
        return auth;
    }

    /** The caller of the current request, put there by {@link ApiKeyFilter}. */
    static ApiCaller current() {
        Authentication auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (auth != null && auth.getDetails() instanceof ApiCaller caller) {
            return caller;
        }
        throw new IllegalStateException("no API key authenticated this request");
    }
}
