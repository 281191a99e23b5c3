/**
 * The administrator's view of the API keys: create one (its token shown once), see when each was last used, revoke.
 */
package vn.hcc.dashboard.api.ui;
