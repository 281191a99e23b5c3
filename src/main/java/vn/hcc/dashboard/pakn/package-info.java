/**
 * PAKN (phản ánh, kiến nghị): citizens' feedback and petitions from receipt to the published answer, with deadlines
 * in working days, the history of every change, the public page of answers, the aggregate PAKN figures and the
 * appendix V report ({@code PaknReport}, on the {@code reports} contract).
 */
package vn.hcc.dashboard.pakn;
