/**
 * What a user sees first: the start page today, the director's live charts of targets against actuals later.
 * It only reads other features through their services.
 */
package vn.hcc.dashboard.dashboard;
