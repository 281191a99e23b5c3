/**
 * Daily intake: citizens' dossiers as reception records and moves them on, the rules and conditions every dossier
 * obeys, the one service through which every dossier is written, and the dossier list report.
 */
package vn.hcc.dashboard.intake;
