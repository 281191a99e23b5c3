package vn.hcc.dashboard.dashboard;

import vn.hcc.dashboard.intake.DossierData;

/** A dossier of the dashboard's overdue and due-soon lists, with its unit's name ("" for none). */
public record DueDossier(DossierData dossier, String unitName) {
}
