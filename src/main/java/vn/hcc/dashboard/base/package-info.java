/**
 * Shared parts every feature stands on: the main layout, formats, validation errors and the live-update broadcaster.
 * It depends on no feature package.
 */
package vn.hcc.dashboard.base;
