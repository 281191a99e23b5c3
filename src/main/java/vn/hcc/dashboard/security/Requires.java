package vn.hcc.dashboard.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The permission a service class or method, or a view, requires. On a service it is method security (a method's own
 * annotation, this or {@code @PreAuthorize}, wins over its class's); on a view the navigation refuses the route and
 * the menu leaves it out for a user without the permission (the view is also {@code @PermitAll}, so that a signed-in
 * user reaches this check at all).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@PreAuthorize("isAuthenticated() and @permissions.allows(authentication, '{value}')")
public @interface Requires {

    Permission value();
}
