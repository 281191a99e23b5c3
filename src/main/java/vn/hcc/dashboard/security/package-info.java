/**
 * Who may do what: user accounts with hashed passwords, the five roles, login, and the first administrator.
 * Other features ask {@link vn.hcc.dashboard.security.UserService} and {@link vn.hcc.dashboard.security.CurrentUser}.
 */
package vn.hcc.dashboard.security;
