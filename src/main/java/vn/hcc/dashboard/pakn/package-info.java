/**
 * PAKN (phản ánh, kiến nghị): citizens' feedback and petitions from receipt to the published answer, with deadlines
 * in working days, the history of every change, the public page of answers and the aggregate PAKN figures.
 */
package vn.hcc.dashboard.pakn;
