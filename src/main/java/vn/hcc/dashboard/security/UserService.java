package vn.hcc.dashboard.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.hcc.dashboard.base.ConcurrentEditException;
import vn.hcc.dashboard.base.FieldValidationException;

/** User accounts: the administrator creates them, grants roles, disables them and resets passwords. */
@Service
@Transactional
@Requires(Permission.USER_ADMIN)
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    /** What the administrator types to create a user. */
    public record NewUser(String username, String fullName, String password, Set<Role> roles) {
    }

    /** An account as other features see it (the staff roster links a person to it): no password, no roles. */
    public record Account(long id, String username, String fullName) {
    }

    private final AppUserRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final UserChanges changes;

    UserService(AppUserRepository repository, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            UserChanges changes) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public Page<AppUser> search(String filter, Pageable pageable) {
        String f = filter == null ? "" : filter.trim().toLowerCase();
        // Unsorted pages would come back in whatever order the database likes; the list reads by username.
        Pageable page = pageable.getSort().isSorted() || pageable.isUnpaged() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        return repository.search(f, page);
    }

    @Transactional(readOnly = true)
    public long count() {
        return repository.count();
    }

    /** Every account, by username, for the directors who link staff records to sign-ins without administering users. */
    @Requires(Permission.STAFF_VIEW)
    @Transactional(readOnly = true)
    public List<Account> accounts() {
        return repository.findAll(Sort.by("username")).stream().map(UserService::account).toList();
    }

    /** Id → username of the accounts among {@code ids} that exist, for the roster's sign-in column. */
    @Requires(Permission.STAFF_VIEW)
    @Transactional(readOnly = true)
    public Map<Long, String> usernamesOf(Collection<Long> ids) {
        Map<Long, String> names = new HashMap<>();
        Set<Long> wanted = new HashSet<>(ids);
        wanted.remove(null);
        repository.findAllById(wanted).forEach(u -> names.put(u.getId(), u.getUsername()));
        return names;
    }

    /** The signed-in user's own account; empty when the sign-in has no stored account (e.g. "system"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Account> currentAccount() {
        return currentUser.username().flatMap(repository::findByUsernameIgnoreCase).map(UserService::account);
    }

    /**
     * The account with this username (any case), for naming the officer who served a ticket on a public page (the
     * rating tablet): id, username and full name only.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Account> accountNamed(String username) {
        return username == null || username.isBlank() ? Optional.empty()
                : repository.findByUsernameIgnoreCase(username).map(UserService::account);
    }

    private static Account account(AppUser u) {
        return new Account(u.getId(), u.getUsername(), u.getFullName());
    }

    /**
     * The enabled users granted {@code permission}, by name: the people a director may assign work to (those with a
     * PAKN inbox).
     */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<AppUser> activeWith(Permission permission) {
        return repository.findEnabledWithAnyRole(permission.roles());
    }

    public AppUser create(NewUser user) {
        String username = user.username() == null ? "" : user.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new FieldValidationException("username", "user.error.username-format");
        }
        if (repository.existsByUsernameIgnoreCase(username)) {
            throw new FieldValidationException("username", "user.error.username-taken", username);
        }
        String fullName = requireFullName(user.fullName());
        PasswordPolicy.check(user.password(), username);
        requireRoles(user.roles());
        AppUser created = repository.save(
                new AppUser(username, fullName, passwordEncoder.encode(user.password()), user.roles()));
        changes.changed(created.getId(), null, UserChanges.Snapshot.of(created));
        return created;
    }

    /**
     * A demo account with the demo password, which the {@link PasswordPolicy} would refuse: the demo generator's
     * accounts only exist in a database filled with demo data, whose password the README publishes anyway. Every
     * other rule of {@link #create} applies.
     */
    public AppUser createDemoAccount(NewUser user) {
        String username = user.username() == null ? "" : user.username().trim();
        if (!USERNAME.matcher(username).matches() || repository.existsByUsernameIgnoreCase(username)) {
            throw new IllegalArgumentException("Demo account " + username + " cannot be created");
        }
        requireRoles(user.roles());
        return repository.save(new AppUser(username, requireFullName(user.fullName()),
                passwordEncoder.encode(user.password()), user.roles()));
    }

    /** Saves name, roles and the enabled flag; refused when someone else saved the user since {@code expectedVersion}. */
    public AppUser update(long id, long expectedVersion, String fullName, Set<Role> roles, boolean enabled) {
        AppUser user = load(id, expectedVersion);
        String name = requireFullName(fullName);
        requireRoles(roles);
        boolean self = user.getUsername().equalsIgnoreCase(currentUser.username().orElse(""));
        if (self && !enabled) {
            throw new FieldValidationException("enabled", "user.error.disable-self");
        }
        if (self && !roles.contains(Role.ADMIN)) {
            throw new FieldValidationException("roles", "user.error.remove-own-admin");
        }
        boolean wasActiveAdmin = user.isEnabled() && user.getRoles().contains(Role.ADMIN);
        boolean staysActiveAdmin = enabled && roles.contains(Role.ADMIN);
        if (wasActiveAdmin && !staysActiveAdmin && repository.countEnabledWithRole(Role.ADMIN) <= 1) {
            // Point at what the administrator changed: the lock checkbox, or the roles.
            throw new FieldValidationException(roles.contains(Role.ADMIN) ? "enabled" : "roles",
                    "user.error.last-admin");
        }
        UserChanges.Snapshot before = UserChanges.Snapshot.of(user);
        user.setFullName(name);
        user.setRoles(roles);
        user.setEnabled(enabled);
        AppUser saved = repository.saveAndFlush(user);
        changes.changed(saved.getId(), before, UserChanges.Snapshot.of(saved));
        return saved;
    }

    public void resetPassword(long id, String newPassword) {
        AppUser user = repository.findById(id).orElseThrow(() -> new ConcurrentEditException("user", id));
        PasswordPolicy.check(newPassword, user.getUsername());
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        changes.passwordSet(id, user.getUsername());
    }

    private AppUser load(long id, long expectedVersion) {
        AppUser user = repository.findById(id).orElseThrow(() -> new ConcurrentEditException("user", id));
        ConcurrentEditException.check("user", id, expectedVersion, user.getVersion());
        return user;
    }

    private static String requireFullName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            throw new FieldValidationException("fullName", "validation.required");
        }
        if (fullName.trim().length() > 200) {
            throw new FieldValidationException("fullName", "validation.too-long", 200);
        }
        return fullName.trim();
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new FieldValidationException("roles", "user.error.no-role");
        }
    }
}
