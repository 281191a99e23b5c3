package vn.hcc.dashboard.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;

/**
 * Refuses a route whose view {@link Requires} a permission the user's roles do not grant; says nothing about other
 * routes, which Vaadin's annotation checker decides alone. Vaadin's menu asks the same checkers, so a refused view
 * is not listed either. Vaadin's default resolver calls "allowed by one checker, denied by another" a rejection (a
 * misconfiguration); here it is the rule, so {@link #RESOLVER} lets a denial win.
 */
class PermissionAccessChecker implements NavigationAccessChecker {

    static final AccessCheckDecisionResolver RESOLVER = (results, context) -> results.stream()
            .filter(r -> r.decision() == AccessCheckDecision.DENY).findFirst()
            .orElseGet(() -> new DefaultAccessCheckDecisionResolver().resolve(results, context));

    @Override
    public AccessCheckResult check(NavigationContext context) {
        Requires requires = context.getNavigationTarget().getAnnotation(Requires.class);
        if (requires == null) {
            return context.neutral();
        }
        boolean granted = requires.value().roles().stream().anyMatch(r -> context.hasRole(r.name()));
        return granted ? context.neutral() : context.deny("requires " + requires.value());
    }
}
