/**
 * Who may do what: user accounts with hashed passwords, the five roles, the one table of what each role may do
 * ({@link vn.hcc.dashboard.security.Permission}), login and the first administrator. Services and views name a
 * permission ({@link vn.hcc.dashboard.security.Requires}, {@link vn.hcc.dashboard.security.CurrentUser#may}),
 * never a role.
 */
package vn.hcc.dashboard.security;
