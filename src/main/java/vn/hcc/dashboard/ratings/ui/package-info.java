/**
 * The ratings' pages: the rating tablet at a counter ({@code /danh-gia}, no login, on a registered device) and the
 * director's satisfaction view ({@code /danh-gia-hai-long}) with the follow-up of unsatisfied ratings.
 */
package vn.hcc.dashboard.ratings.ui;
