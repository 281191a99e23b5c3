/**
 * PAKN views: the handler's inbox, the director's list, one item with its history, and the public page of published
 * answers (no login, no citizen contact details).
 */
package vn.hcc.dashboard.pakn.ui;
