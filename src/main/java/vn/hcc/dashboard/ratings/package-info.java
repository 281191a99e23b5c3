/**
 * Citizens' satisfaction ratings: the rating tablet at each counter, ratings imported with the dossier list, their
 * figures (satisfaction rate, counts per counter, officer, field), the follow-up of unsatisfied ones and their report.
 */
package vn.hcc.dashboard.ratings;
