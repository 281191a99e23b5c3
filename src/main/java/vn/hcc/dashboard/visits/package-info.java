/**
 * One visit's timeline (issue 19): from a ticket, a dossier or a petition, every step in time order — ticket issued,
 * called at which counter by whom, dossiers received, due days, status changes, apology letter, result, return,
 * rating — built from what the features already keep, read through their services ({@code queue}, {@code intake},
 * {@code pakn}, {@code ratings}). Owns no table. The view is the route {@code /visit?ticket=|dossier=|pakn=}, so
 * that any feature's view links to it by URL without depending on this package.
 */
package vn.hcc.dashboard.visits;
