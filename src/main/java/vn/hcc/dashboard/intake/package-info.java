/**
 * Daily intake: citizens' dossiers as reception records and moves them on, the rules and conditions every dossier
 * obeys, and the one service through which every dossier is written.
 */
package vn.hcc.dashboard.intake;
